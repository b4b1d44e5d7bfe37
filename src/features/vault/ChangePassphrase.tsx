import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import { exportBackup } from '../../vault/backup.ts';
import { saveFile } from './BackupExport.tsx';
import { checkNew, SHORT_LENGTH, type NewPassphraseProblem } from './CreatePassphrase.tsx';
import { Heading, PassphraseField } from './fields.tsx';
import { preloadStrength } from './strength.ts';
import { Suggest } from './Suggest.tsx';

/**
 * Changing the passphrase gives the vault a new key and locks every saved thing again with it.
 * Afterwards the screen says plainly that older backup files still open with the old passphrase,
 * and offers a new backup at once. If this device could not check the current passphrase just
 * now, it says so and never calls the passphrase wrong.
 */
export function ChangePassphrase({
  vault,
  level = 2,
  save = saveFile,
}: {
  vault: VaultImpl;
  level?: 1 | 2;
  save?: (fileName: string, text: string) => void;
}) {
  const t = useT('vault');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<NewPassphraseProblem | undefined>();
  const [status, setStatus] = useState<
    'idle' | 'checking' | 'working' | 'wrong' | 'unavailable' | 'done' | 'failed'
  >('idle');
  const [waitMs, setWaitMs] = useState(0);
  const [backup, setBackup] = useState<'idle' | 'working' | 'done' | 'failed'>('idle');
  useEffect(() => void preloadStrength().catch(() => undefined), []);

  const newBackup = async (): Promise<void> => {
    setBackup('working');
    try {
      const file = await exportBackup(vault);
      save(file.fileName, file.text);
      setBackup('done');
    } catch {
      setBackup('failed');
    }
  };

  useEffect(() => {
    if (waitMs <= 0) return;
    const id = window.setTimeout(() => setWaitMs(0), waitMs);
    return () => window.clearTimeout(id);
  }, [waitMs]);

  const submit = async (): Promise<void> => {
    if (status === 'working' || status === 'checking' || waitMs > 0) return;
    setStatus('checking');
    const problem = await checkNew(next, again);
    setError(problem);
    if (problem) return setStatus('idle');
    setStatus('working');
    setBackup('idle');
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
      <Suggest onUse={setNext} />
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
          : status === 'checking'
            ? t('create.checking')
            : status === 'done'
              ? t('change.done')
              : waitMs > 0
                ? t('unlock.wait', { count: Math.ceil(waitMs / 1000) })
                : ''}
      </p>
      {status === 'done' && (
        <div class="note">
          <p>{t('change.oldBackups')}</p>
          <p>
            <button
              type="button"
              class="button secondary"
              disabled={backup === 'working'}
              onClick={() => void newBackup()}
            >
              {t('change.newBackup')}
            </button>
          </p>
          <p role="status">{backup === 'done' ? t('backup.exported') : ''}</p>
          {backup === 'failed' && (
            <p role="alert" class="error-text">
              {t('backup.exportFailed')}
            </p>
          )}
        </div>
      )}
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
        disabled={status === 'working' || status === 'checking' || waitMs > 0}
        onClick={() => void submit()}
      >
        {t('change.submit')}
      </button>
    </section>
  );
}
