import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import { Heading, PassphraseField } from './fields.tsx';

/**
 * The unlock screen. A wrong passphrase (or damaged data: the message is the same) gets one calm
 * message; after a few tries it also shows how long to wait. The wait survives a reload and is
 * counted down with a clock the device date cannot move (src/vault/throttle.ts).
 *
 * When the passphrase could not be checked at all (storage failed, or this device could not work
 * out the key just now), it never says the passphrase was wrong and, for the key, hides the
 * "forgotten" link until the next try: a person with the right passphrase must not be led to
 * start again and delete what they saved.
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
  const [problem, setProblem] = useState<'wrong' | 'broken' | 'unavailable' | undefined>();
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(() => performance.now());

  useEffect(() => {
    let live = true;
    void vault.waitMs().then((ms) => live && ms > 0 && setWaitUntil(performance.now() + ms));
    return () => {
      live = false;
    };
  }, [vault]);

  const waiting = waitUntil > now;
  useEffect(() => {
    if (!waiting) return;
    const id = window.setInterval(() => setNow(performance.now()), 1000);
    return () => window.clearInterval(id);
  }, [waiting]);
  const seconds = Math.ceil((waitUntil - now) / 1000);

  const submit = async (): Promise<void> => {
    if (working || waiting || !value) return;
    setWorking(true);
    // Cleared first, so a message that comes back after this try is announced again.
    setProblem(undefined);
    const result = await vault.unlock(value).catch(() => undefined);
    setWorking(false);
    if (!result) {
      // Storage failed, not the passphrase: do not call it wrong.
      setProblem('broken');
      return;
    }
    if (result.ok) {
      setValue('');
      return;
    }
    if (result.reason === 'unavailable') {
      // The passphrase was never checked: it may be right, and nothing was counted or changed.
      setProblem('unavailable');
      return;
    }
    if (result.reason === 'absent') return; // the vault is gone: the gate shows what fits now
    setProblem('wrong');
    const current = performance.now();
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
        error={problem === 'wrong' ? t('unlock.wrong') : undefined}
        disabled={working}
      />
      {problem === 'broken' && (
        <p role="alert" class="error-text">
          {t('openFailed')}
        </p>
      )}
      {problem === 'unavailable' && (
        <p role="alert" class="error-text">
          {t('unlock.unavailable')}
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
      {onForgot && problem !== 'unavailable' && (
        <p>
          <button type="button" class="link-button inline-link" onClick={onForgot}>
            {t('unlock.forgot')}
          </button>
        </p>
      )}
    </section>
  );
}
