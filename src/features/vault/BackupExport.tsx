import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { exportBackup } from '../../vault/backup.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import { persistStatus, requestPersistence, type PersistStatus } from '../../storage/persist.ts';
import { Heading } from './fields.tsx';

/** Hands the browser a file to download, without leaving the page or adding history. */
export function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads an encrypted backup file; explains where such a file can be seen. */
export function BackupExport({
  vault,
  level = 2,
  save = saveFile,
}: {
  vault: VaultImpl;
  level?: 1 | 2;
  save?: (fileName: string, text: string) => void;
}) {
  const t = useT('vault');
  const [status, setStatus] = useState<'idle' | 'working' | 'done' | 'failed'>('idle');
  const [kept, setKept] = useState<PersistStatus>('unsupported');
  useEffect(() => {
    let live = true;
    void persistStatus().then((s) => live && setKept(s));
    return () => {
      live = false;
    };
  }, []);

  const run = async (): Promise<void> => {
    setStatus('working');
    try {
      const file = await exportBackup(vault);
      save(file.fileName, file.text);
      setStatus('done');
      // A backup is a clear sign the person wants to keep this: ask the browser to keep it too.
      setKept(await requestPersistence());
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section class="vault-panel">
      <Heading level={level}>{t('backup.title')}</Heading>
      <p>{t('backup.lead')}</p>
      <p>{t('backup.how')}</p>
      <p class="note">{t('backup.where')}</p>
      {kept !== 'unsupported' && (
        <p class="muted">{kept === 'persisted' ? t('backup.kept') : t('backup.notKept')}</p>
      )}
      <p role="status">{status === 'done' ? t('backup.exported') : ''}</p>
      {status === 'failed' && (
        <p role="alert" class="error-text">
          {t('backup.exportFailed')}
        </p>
      )}
      <button
        type="button"
        class="button"
        disabled={status === 'working'}
        onClick={() => void run()}
      >
        {t('backup.export')}
      </button>
    </section>
  );
}
