import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { WritesBlockedError } from '../../storage/write-guard.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import { Heading, PassphraseField } from './fields.tsx';

export const MIN_LENGTH = 4;
/** Below this, the screen says plainly what a short secret does and does not stop. */
export const SHORT_LENGTH = 12;

/** Choosing a passphrase, with honest guidance about PINs and random words. */
export function CreatePassphrase({ vault, level = 1 }: { vault: VaultImpl; level?: 1 | 2 }) {
  const t = useT('vault');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState<'empty' | 'tooShort' | 'mismatch' | undefined>();
  const [status, setStatus] = useState<'idle' | 'working' | 'failed' | 'blocked'>('idle');

  const submit = async (): Promise<void> => {
    if (status === 'working') return;
    if (!first) return setError('empty');
    if (first.length < MIN_LENGTH) return setError('tooShort');
    if (first !== second) return setError('mismatch');
    setError(undefined);
    setStatus('working');
    try {
      await vault.create(first);
      setFirst('');
      setSecond('');
    } catch (e) {
      setStatus(e instanceof WritesBlockedError ? 'blocked' : 'failed');
      return;
    }
    setStatus('idle');
  };

  // One level below the screen's heading, so the outline has no gap (axe heading-order).
  return (
    <section class="vault-panel">
      <Heading level={level}>{t('create.title')}</Heading>
      <p class="lead">{t('create.lead')}</p>
      {/* One level below the screen's own heading, so headings never skip a level. */}
      {level === 1 ? <h2>{t('create.howStrong')}</h2> : <h3>{t('create.howStrong')}</h3>}
      <p>{t('create.pin')}</p>
      <p>{t('create.words')}</p>
      <p class="note">{t('create.forget')}</p>
      <PassphraseField
        id="vault-new"
        label={t('create.passphrase')}
        value={first}
        onInput={setFirst}
        showLabel={t('show')}
        error={error && error !== 'mismatch' ? t(`create.${error}`) : undefined}
        hint={first && first.length < SHORT_LENGTH ? t('create.shortNote') : undefined}
        disabled={status === 'working'}
      />
      <PassphraseField
        id="vault-confirm"
        label={t('create.confirm')}
        value={second}
        onInput={setSecond}
        onEnter={() => void submit()}
        showLabel={t('show')}
        error={error === 'mismatch' ? t('create.mismatch') : undefined}
        disabled={status === 'working'}
      />
      <p role="status" class="muted">
        {status === 'working' ? t('create.working') : ''}
      </p>
      {(status === 'failed' || status === 'blocked') && (
        <p role="alert" class="error-text">
          {t(`create.${status}`)}
        </p>
      )}
      <button
        type="button"
        class="button"
        disabled={status === 'working'}
        onClick={() => void submit()}
      >
        {t('create.submit')}
      </button>
    </section>
  );
}
