import { useEffect, useRef } from 'preact/hooks';
import { useNavigation } from '../../core/services.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useT } from '../../i18n/use-t.ts';
import type { ReadAloud } from './read-aloud.ts';

/**
 * The read-aloud controls, shown only after the person opens them: first the warning that sound
 * may be overheard, then Read / Stop. Closing the panel or moving to another screen stops it.
 */
export function ReadAloudPanel({ model }: { model: ReadAloud }) {
  const navigation = useNavigation();
  const t = useT();
  const lang = currentLanguage();
  const screen = navigation.current.value;
  const firstScreen = useRef(screen);

  useEffect(() => () => model.stop(), [model]);
  useEffect(() => {
    if (screen !== firstScreen.current) model.stop();
  }, [screen, model]);

  const read = (): void => {
    const main = document.getElementById('main');
    if (main) model.read(main, lang);
  };

  return (
    <div class="read-aloud-panel">
      <p class="note">{t('readAloud.warning')}</p>
      {!model.hasVoice(lang) && <p>{t('readAloud.noVoice')}</p>}
      {model.speaking.value ? (
        <button type="button" class="button" onClick={() => model.stop()}>
          {t('readAloud.stop')}
        </button>
      ) : (
        <button type="button" class="button" onClick={read}>
          {t('readAloud.start')}
        </button>
      )}
    </div>
  );
}
