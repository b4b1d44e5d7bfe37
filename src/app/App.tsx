import { useServices } from '../core/services.ts';
import { useT } from '../i18n/use-t.ts';
import { ScreenHost } from './ScreenHost.tsx';
import { UpdateBanner } from '../pwa/UpdateBanner.tsx';
import { OtherTabBanner } from '../pwa/OtherTabBanner.tsx';
import { screenMeta, type ScreenRef } from '../core/screens.ts';
import { LanguageSwitch } from '../features/languages/LanguageSwitch.tsx';
import { ReadAloudToggle } from '../features/read-aloud/ReadAloudToggle.tsx';
import { EmergencyButton } from '../features/services/EmergencyButton.tsx';

/** The shell around every screen: in-app Back, the current screen, and the safety page link. */
export function App() {
  const { navigation, showMode } = useServices();
  const t = useT();
  const showing = showMode.active.value;
  const current = navigation.current.value;
  // Show mode saves nothing: a screen that stores things is replaced by a notice saying it is off.
  const screen: ScreenRef =
    showing && current.name !== 'home' && screenMeta[current.name].usesStorage
      ? { name: 'show-off' }
      : current;
  return (
    <div class={showing ? 'shell show-mode' : 'shell'}>
      <UpdateBanner />
      <OtherTabBanner />
      {showing ? (
        // Show mode is for reading across a desk: only quick exit (outside the shell) and this one
        // way out stay on screen; language links, Back, Home, the footer and the emergency button
        // would only take space from the card (each card that names help shows its number).
        <div class="show-bar" role="region" aria-label={t('shell.showModeOn')}>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              showMode.leave();
              navigation.reset();
            }}
          >
            {t('shell.showModeLeave')}
          </button>
        </div>
      ) : (
        <>
          <div class="shell-top">
            <EmergencyButton />
            <LanguageSwitch />
          </div>
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
        </>
      )}
      <main id="main">
        <ScreenHost screen={screen} />
      </main>
      {!showing && (
        <footer class="shell-footer">
          <button type="button" class="link-button" onClick={() => navigation.go('safer-use')}>
            {t('shell.saferUse')}
          </button>
          <ReadAloudToggle />
        </footer>
      )}
    </div>
  );
}
