import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { importBackup, type ImportResult } from '../../vault/backup.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import { Confirm, Heading, PassphraseField } from './fields.tsx';
import { FileField } from '../../ui/FileField.tsx';

type Status = 'idle' | 'working' | 'noFile' | ImportResult;

/**
 * Restores a backup file. The file is checked in full before the slow passphrase step, and it is
 * written in one go, so a bad file or a wrong passphrase leaves this device exactly as it was.
 */
export function BackupRestore({
  vault,
  level = 2,
  replacing,
}: {
  vault: VaultImpl;
  level?: 1 | 2;
  /** True when something is saved here already: the person confirms it will be replaced. */
  replacing: boolean;
}) {
  const t = useT('vault');
  const [file, setFile] = useState<File | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [status, setStatus] = useState<Status>('idle');

  const run = async (): Promise<void> => {
    if (status === 'working') return;
    if (!file) return setStatus('noFile');
    setStatus('working');
    const result = await importBackup(vault, file, passphrase);
    if (result.ok) setPassphrase('');
    setStatus(result);
  };

  let message: { text: string; alert: boolean } | undefined;
  if (status === 'working') message = { text: t('restore.working'), alert: false };
  else if (status === 'noFile') message = { text: t('restore.noFile'), alert: true };
  else if (typeof status === 'object') message = describe(status);

  function describe(result: ImportResult): { text: string; alert: boolean } {
    if (result.ok) return { text: t('restore.done', { count: result.count }), alert: false };
    // One wait for every passphrase check on this device, restore included.
    const seconds = 'waitMs' in result ? Math.ceil(result.waitMs / 1000) : 0;
    const wait = seconds > 0 ? ` ${t('unlock.wait', { count: seconds })}` : '';
    if (result.reason === 'passphrase')
      return { text: t('restore.passphraseWrong') + wait, alert: true };
    if (result.reason === 'wait') return { text: t('restore.waiting') + wait, alert: true };
    return { text: t(`restore.${result.reason}`), alert: true };
  }

  const blocked = replacing && !understood;
  return (
    <section class="vault-panel">
      <Heading level={level}>{t('restore.title')}</Heading>
      <p>{t('restore.lead')}</p>
      {replacing && <p class="note">{t('restore.replaces')}</p>}
      <FileField
        id="vault-file"
        label={t('restore.file')}
        accept=".json,application/json"
        onFile={(file) => {
          setFile(file);
          setStatus('idle');
        }}
      />
      <PassphraseField
        id="vault-restore-pass"
        label={t('restore.passphrase')}
        value={passphrase}
        onInput={setPassphrase}
        onEnter={() => void run()}
        showLabel={t('show')}
        disabled={status === 'working'}
      />
      {replacing && (
        <Confirm
          id="vault-restore-confirm"
          label={t('restore.confirmLabel')}
          checked={understood}
          onChange={setUnderstood}
        />
      )}
      {message && !message.alert && <p role="status">{message.text}</p>}
      {typeof status === 'object' && status.ok && <p class="muted">{t('restore.newKey')}</p>}
      {message?.alert && (
        <p role="alert" class="error-text">
          {message.text}
        </p>
      )}
      <button
        type="button"
        class="button"
        disabled={status === 'working' || blocked}
        onClick={() => void run()}
      >
        {t('restore.submit')}
      </button>
    </section>
  );
}
