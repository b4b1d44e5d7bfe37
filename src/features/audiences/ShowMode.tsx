import './audiences.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { useServices } from '../../core/services.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { loadPage } from '../../content/load-page.ts';
import { Prose } from '../../content/Prose.tsx';
import { personsArea, roleLink } from '../services/roles.ts';
import { ServiceLine } from '../services/ServiceLine.tsx';
import { splitSteps, type ShowStep } from './show-steps.ts';
import { Handover } from './Handover.tsx';

/** The content page whose `##` sections are the show-mode screens. */
export const SHOW_PAGE = 'show-mode';

/**
 * Show mode: large type, one idea per screen, for a professional to go through with a person who
 * has just told them about abuse. The last screen helps the person get the app on their own phone.
 * Nothing here writes to the device; show mode blocks every storage write while it is on.
 */
export function ShowMode() {
  const { navigation, showMode } = useServices();
  const t = useT('audiences');
  const [steps, setSteps] = useState<ShowStep[] | 'failed' | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    let live = true;
    loadPage(SHOW_PAGE, currentLanguage(), personsArea()).then(
      ({ page }) => live && setSteps(splitSteps(page.body)),
      () => live && setSteps('failed'),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  // Moving between screens focuses the new heading, as moving between app screens does.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  if (!showMode.active.value) {
    return (
      <>
        <h1 tabIndex={-1}>{t('show.title')}</h1>
        <p>{t('show.notOn')}</p>
        <button type="button" class="button" onClick={() => showMode.enter()}>
          {t('show.start')}
        </button>
      </>
    );
  }

  if (steps === 'failed') {
    return (
      <>
        <h1 tabIndex={-1}>{t('show.title')}</h1>
        <div role="alert">
          <p>{t('show.loadFailed')}</p>
          <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('show.tryAgain')}
          </button>
        </div>
      </>
    );
  }

  const total = (steps?.length ?? 0) + 1; // the content screens, then the handover screen
  const step = steps?.[index];
  const last = steps !== undefined && index === total - 1;
  const go = (to: number): void => {
    moved.current = true;
    setIndex(Math.max(0, Math.min(total - 1, to)));
  };

  return (
    <div class="show-step">
      {steps && <p class="show-count">{t('show.step', { n: index + 1, total })}</p>}
      <h1 tabIndex={-1} ref={heading}>
        {last ? t('handover.title') : (step?.heading ?? t('show.title'))}
      </h1>
      {step && <Prose blocks={step.blocks} roles={roleLink} serviceNumber={ServiceLine} />}
      {last && <Handover />}
      {steps && (
        <p class="button-row show-controls">
          {index > 0 && (
            <button type="button" class="button secondary" onClick={() => go(index - 1)}>
              {t('show.previous')}
            </button>
          )}
          {last ? (
            <button
              type="button"
              class="button"
              onClick={() => {
                showMode.leave();
                navigation.reset();
              }}
            >
              {t('show.leave')}
            </button>
          ) : (
            <button type="button" class="button" onClick={() => go(index + 1)}>
              {t('show.next')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
