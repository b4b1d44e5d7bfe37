import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import { Heading, PassphraseField } from './fields.tsx';

/**
 * The unlock screen. A wrong passphrase (or damaged data: the message is the same) gets one calm
 * message; after a few tries it also shows how long to wait. The wait survives a reload.
 */
export function Unlock({
  vault,
  level = 1,
  onForgot,
}: {
  vault: VaultImpl;
  level?: 1 | 2;
  onForgot?: () => void;
}) {
  const t = useT('vault');
  const [value, setValue] = useState('');
  const [working, setWorking] = useState(false);
  const [wrong, setWrong] = useState(false);
  const [broken, setBroken] = useState(false);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    void vault.waitMs().then((ms) => live && ms > 0 && setWaitUntil(Date.now() + ms));
    return () => {
      live = false;
    };
  }, [vault]);

  const waiting = waitUntil > now;
  useEffect(() => {
    if (!waiting) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [waiting]);
  const seconds = Math.ceil((waitUntil - now) / 1000);

  const submit = async (): Promise<void> => {
    if (working || waiting || !value) return;
    setWorking(true);
    setBroken(false);
    const result = await vault.unlock(value).catch(() => undefined);
    setWorking(false);
    if (!result) {
      // Storage failed, not the passphrase: do not call it wrong.
      setBroken(true);
      return;
    }
    if (result.ok) {
      setValue('');
      return;
    }
    setWrong(true);
    const current = Date.now();
    setNow(current);
    setWaitUntil(result.waitMs > 0 ? current + result.waitMs : 0);
  };

  return (
    <section class="vault-panel">
      <Heading level={level}>{t('unlock.title')}</Heading>
      <p>{t('unlock.lead')}</p>
      <PassphraseField
        id="vault-unlock"
        label={t('unlock.passphrase')}
        value={value}
        onInput={(v) => {
          setValue(v);
        }}
        onEnter={() => void submit()}
        showLabel={t('show')}
        error={wrong ? t('unlock.wrong') : undefined}
        disabled={working}
      />
      {broken && (
        <p role="alert" class="error-text">
          {t('openFailed')}
        </p>
      )}
      <p role="status" class="muted">
        {working ? t('unlock.working') : waiting ? t('unlock.wait', { count: seconds }) : ''}
      </p>
      <p>
        <button
          type="button"
          class="button"
          disabled={working || waiting}
          onClick={() => void submit()}
        >
          {t('unlock.submit')}
        </button>
      </p>
      {onForgot && (
        <p>
          <button type="button" class="link-button inline-link" onClick={onForgot}>
            {t('unlock.forgot')}
          </button>
        </p>
      )}
    </section>
  );
}
