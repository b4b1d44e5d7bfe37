import { navigation } from './navigation.ts';
import { useT } from '../i18n/use-t.ts';
import { ScreenHost } from './ScreenHost.tsx';
import { UpdateBanner } from '../pwa/UpdateBanner.tsx';
import { EmergencyButton } from '../features/services/EmergencyButton.tsx';

/** The shell around every screen: in-app Back, the current screen, and the safety page link. */
export function App() {
  const t = useT();
  const screen = navigation.current.value;
  return (
    <div class="shell">
      <UpdateBanner />
      <EmergencyButton />
      {navigation.canGoBack.value && (
        <nav class="shell-nav" aria-label={t('shell.home')}>
          <button type="button" class="link-button" onClick={() => navigation.back()}>
            {t('shell.back')}
          </button>
          <button type="button" class="link-button" onClick={() => navigation.reset()}>
            {t('shell.home')}
          </button>
        </nav>
      )}
      <main id="main">
        <ScreenHost screen={screen} />
      </main>
      <footer class="shell-footer">
        <button
          type="button"
          class="link-button"
          onClick={() => navigation.go({ name: 'safer-use' })}
        >
          {t('shell.saferUse')}
        </button>
      </footer>
    </div>
  );
}
