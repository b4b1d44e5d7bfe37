import { useNavigation } from '../../core/services.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useT } from '../../i18n/use-t.ts';
import { Strings } from '../../i18n/Strings.tsx';
import type { VaultImpl } from '../../vault/vault.ts';
import { CreatePassphrase } from './CreatePassphrase.tsx';
import { StartAgain } from './StartAgain.tsx';
import { Unlock } from './Unlock.tsx';
import './vault.css';

/**
 * Shows its children only while the vault is open. Otherwise it shows the screen that fits:
 * choose a passphrase (no vault yet), unlock, or the forgotten-passphrase explanation. When the
 * vault locks (quick exit, hidden page, idle), the children unmount, so no decrypted text stays
 * in the page.
 */
export function Gate({
  vault,
  children,
  level = 1,
}: {
  vault: VaultImpl;
  children: ComponentChildren;
  level?: 1 | 2;
}) {
  const t = useT();
  const [phase, setPhase] = useState<'loading' | 'ready' | 'noStorage'>('loading');
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    vault.refresh().then(
      () => live && setPhase('ready'),
      // Storage that will not open (for example an update that could not finish): say so, so the
      // person knows nothing was lost. Strings that do not load are <Strings>' to report.
      () => live && setPhase('noStorage'),
    );
    return () => {
      live = false;
    };
  }, [vault, attempt]);

  const loading = <p class="muted">{t('shell.loading')}</p>;
  if (phase === 'loading') return loading;
  return (
    <Strings waiting={loading}>
      {phase === 'noStorage' ? (
        <StorageFailed retry={() => setAttempt((n) => n + 1)} />
      ) : (
        <Doors vault={vault} level={level}>
          {children}
        </Doors>
      )}
    </Strings>
  );
}

/** The vault's storage could not be opened: nothing was changed or lost. */
export function StorageFailed({ retry }: { retry: () => void }) {
  const t = useT('vault');
  return (
    <div role="alert">
      <p>{t('openFailed')}</p>
      <button type="button" class="button" onClick={retry}>
        {t('tryAgain')}
      </button>
    </div>
  );
}

function Doors({
  vault,
  children,
  level,
}: {
  vault: VaultImpl;
  children: ComponentChildren;
  level: 1 | 2;
}) {
  const navigation = useNavigation();
  const t = useT('vault');
  const state = vault.state.value;
  const [forgot, setForgot] = useState(false);
  const [reset, setReset] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const view = state === 'locked' && forgot ? 'forgot' : state;

  useEffect(() => {
    if (state !== 'locked') setForgot(false);
  }, [state]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    box.current?.querySelector<HTMLElement>('h1, h2')?.focus();
  }, [view]);

  let content: ComponentChildren;
  if (view === 'unlocked') content = children;
  else if (view === 'absent') {
    content = (
      <>
        {reset && <p class="banner">{t('startAgain.done')}</p>}
        <CreatePassphrase vault={vault} level={level} />
        {/* An empty device may mean the browser cleared its data: offer the backup first-hand. */}
        {navigation.current.value.name !== 'vault-settings' && (
          <p>
            <button
              type="button"
              class="link-button"
              onClick={() => navigation.go('vault-settings')}
            >
              {t('create.haveBackup')}
            </button>
          </p>
        )}
      </>
    );
  } else if (view === 'forgot') {
    content = (
      <StartAgain
        vault={vault}
        level={level}
        onCancel={() => setForgot(false)}
        onDone={() => setReset(true)}
      />
    );
  } else content = <Unlock vault={vault} level={level} onForgot={() => setForgot(true)} />;
  return <div ref={box}>{content}</div>;
}
