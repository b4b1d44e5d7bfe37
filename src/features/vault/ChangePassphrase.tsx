import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import { MIN_LENGTH, SHORT_LENGTH } from './CreatePassphrase.tsx';
import { Heading, PassphraseField } from './fields.tsx';

/**
 * Changing the passphrase re-wraps the key only; saved things are not touched. If this device could
 * not check the current passphrase just now, it says so and never calls the passphrase wrong.
 */
export function ChangePassphrase({ vault, level = 2 }: { vault: VaultImpl; level?: 1 | 2 }) {
  const t = useT('vault');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<'empty' | 'tooShort' | 'mismatch' | undefined>();
  const [status, setStatus] = useState<
    'idle' | 'working' | 'wrong' | 'unavailable' | 'done' | 'failed'
  >('idle');
  const [waitMs, setWaitMs] = useState(0);

  useEffect(() => {
    if (waitMs <= 0) return;
    const id = window.setTimeout(() => setWaitMs(0), waitMs);
    return () => window.clearTimeout(id);
  }, [waitMs]);

  const submit = async (): Promise<void> => {
    if (status === 'working' || waitMs > 0) return;
    if (!next) return setError('empty');
    if (next.length < MIN_LENGTH) return setError('tooShort');
    if (next !== again) return setError('mismatch');
    setError(undefined);
    setStatus('working');
    try {
      const result = await vault.changePassphrase(current, next);
      if (result.ok) {
        setCurrent('');
        setNext('');
        setAgain('');
        setStatus('done');
      } else if (result.reason === 'passphrase') {
        setWaitMs(result.waitMs);
        setStatus('wrong');
      } else {
        // 'unavailable': the passphrase was never checked, and nothing was counted or changed.
        // 'absent': the vault is gone, and the settings screen shows what fits now.
        setStatus(result.reason === 'unavailable' ? 'unavailable' : 'idle');
      }
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section class="vault-panel">
      <Heading level={level}>{t('change.title')}</Heading>
      <p>{t('change.lead')}</p>
      <PassphraseField
        id="vault-current"
        label={t('change.current')}
        value={current}
        onInput={setCurrent}
        showLabel={t('show')}
        error={status === 'wrong' ? t('unlock.wrong') : undefined}
        disabled={status === 'working'}
      />
      <PassphraseField
        id="vault-next"
        label={t('change.next')}
        value={next}
        onInput={setNext}
        showLabel={t('show')}
        error={error && error !== 'mismatch' ? t(`create.${error}`) : undefined}
        hint={next && next.length < SHORT_LENGTH ? t('create.shortNote') : undefined}
        disabled={status === 'working'}
      />
      <PassphraseField
        id="vault-next-confirm"
        label={t('change.confirm')}
        value={again}
        onInput={setAgain}
        onEnter={() => void submit()}
        showLabel={t('show')}
        error={error === 'mismatch' ? t('create.mismatch') : undefined}
        disabled={status === 'working'}
      />
      <p role="status" class="muted">
        {status === 'working'
          ? t('change.working')
          : status === 'done'
            ? t('change.done')
            : waitMs > 0
              ? t('unlock.wait', { count: Math.ceil(waitMs / 1000) })
              : ''}
      </p>
      {status === 'failed' && (
        <p role="alert" class="error-text">
          {t('change.failed')}
        </p>
      )}
      {status === 'unavailable' && (
        <p role="alert" class="error-text">
          {t('unlock.unavailable')}
        </p>
      )}
      <button
        type="button"
        class="button"
        disabled={status === 'working' || waitMs > 0}
        onClick={() => void submit()}
      >
        {t('change.submit')}
      </button>
    </section>
  );
}
