import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { tellOtherTabs } from '../../storage/other-tabs.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import { useVault } from './app-vault.ts';
import { BackupExport } from './BackupExport.tsx';
import { BackupRestore } from './BackupRestore.tsx';
import { ChangePassphrase } from './ChangePassphrase.tsx';
import { CreatePassphrase } from './CreatePassphrase.tsx';
import { DeleteEverything } from './DeleteEverything.tsx';
import { StorageFailed } from './Gate.tsx';
import { StartAgain } from './StartAgain.tsx';
import { Unlock } from './Unlock.tsx';
import './vault.css';

/** Screen `vault-settings`: "Backup and passphrase". */
export function VaultSettings() {
  return <SettingsView vault={useVault()} />;
}

export function SettingsView({
  vault,
  wipe,
  save,
}: {
  vault: VaultImpl;
  wipe?: () => Promise<void>;
  /** How a backup file is handed over (tests pass a fake). */
  save?: (fileName: string, text: string) => void;
}) {
  const t = useT('vault');
  const state = vault.state.value;
  const [known, setKnown] = useState(false);
  const [broken, setBroken] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [setUp, setSetUp] = useState(false);
  const [forgot, setForgot] = useState(false);
  useEffect(() => {
    let live = true;
    setBroken(false);
    vault.refresh().then(
      () => live && setKnown(true),
      () => live && setBroken(true),
    );
    return () => {
      live = false;
    };
  }, [vault, attempt]);
  useEffect(() => {
    if (state !== 'locked') setForgot(false);
    if (state !== 'absent') setSetUp(false);
  }, [state]);

  return (
    <>
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <p class="lead">{t('settings.lead')}</p>
      {!known && !broken && <p class="muted">{t('loading')}</p>}
      {broken && <StorageFailed retry={() => setAttempt((n) => n + 1)} />}
      {known && state === 'absent' && (
        <>
          <p>{t('settings.nothingYet')}</p>
          {setUp ? (
            <CreatePassphrase vault={vault} level={2} />
          ) : (
            <p>
              <button type="button" class="button secondary" onClick={() => setSetUp(true)}>
                {t('settings.setUp')}
              </button>
            </p>
          )}
        </>
      )}
      {known && state === 'locked' && !forgot && (
        <Unlock vault={vault} level={2} onForgot={() => setForgot(true)} />
      )}
      {known && state === 'locked' && forgot && (
        <StartAgain vault={vault} level={2} onCancel={() => setForgot(false)} />
      )}
      {known && state === 'unlocked' && (
        <>
          <p class="muted">{t('settings.autoLock')}</p>
          <p>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                vault.lock();
                tellOtherTabs('l'); // every open tab locks too
              }}
            >
              {t('lockNow')}
            </button>
          </p>
          <BackupExport vault={vault} {...(save ? { save } : {})} />
          <ChangePassphrase vault={vault} {...(save ? { save } : {})} />
        </>
      )}
      {known && state !== 'unlocked' && <p class="muted">{t('backup.needsUnlock')}</p>}
      {known && <BackupRestore vault={vault} replacing={state !== 'absent'} />}
      {known && (
        <DeleteEverything
          beforeWipe={() => {
            vault.lock();
            tellOtherTabs('k'); // other tabs lock at once, before their storage goes
          }}
          {...(wipe ? { wipe } : {})}
        />
      )}
    </>
  );
}
