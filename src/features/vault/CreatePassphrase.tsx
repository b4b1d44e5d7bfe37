import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { WritesBlockedError } from '../../storage/write-guard.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import { Heading, PassphraseField } from './fields.tsx';
import { judgePassphrase, preloadStrength } from './strength.ts';
import { Suggest } from './Suggest.tsx';

export const MIN_LENGTH = 4;
/** Below this, the screen says plainly what a short secret does and does not stop. */
export const SHORT_LENGTH = 12;

/** What is wrong with a new passphrase, as the key of its message under `create.`. */
export type NewPassphraseProblem = 'empty' | 'tooShort' | 'weak' | 'weakNumbers' | 'mismatch';

/** Checks a new passphrase and its repeat: undefined when it may be used. */
export async function checkNew(
  passphrase: string,
  again: string,
): Promise<NewPassphraseProblem | undefined> {
  if (!passphrase) return 'empty';
  if (passphrase.length < MIN_LENGTH) return 'tooShort';
  const strength = await judgePassphrase(passphrase);
  if (!strength.ok) return strength.reason;
  return passphrase === again ? undefined : 'mismatch';
}

/**
 * Choosing a passphrase, with honest guidance: passphrases that are quick to guess are refused
 * with a short reason, and a passphrase of ordinary words is offered as the easy choice.
 */
export function CreatePassphrase({ vault, level = 1 }: { vault: VaultImpl; level?: 1 | 2 }) {
  const t = useT('vault');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState<NewPassphraseProblem | undefined>();
  const [status, setStatus] = useState<'idle' | 'checking' | 'working' | 'failed' | 'blocked'>(
    'idle',
  );
  useEffect(() => void preloadStrength().catch(() => undefined), []);

  const submit = async (): Promise<void> => {
    if (status === 'working' || status === 'checking') return;
    setStatus('checking');
    const problem = await checkNew(first, second);
    setError(problem);
    if (problem) return setStatus('idle');
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
      <Suggest onUse={setFirst} />
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
        {status === 'working'
          ? t('create.working')
          : status === 'checking'
            ? t('create.checking')
            : ''}
      </p>
      {(status === 'failed' || status === 'blocked') && (
        <p role="alert" class="error-text">
          {t(`create.${status}`)}
        </p>
      )}
      <button
        type="button"
        class="button"
        disabled={status === 'working' || status === 'checking'}
        onClick={() => void submit()}
      >
        {t('create.submit')}
      </button>
    </section>
  );
}
