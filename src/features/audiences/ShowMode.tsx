import './audiences.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { useServices } from '../../core/services.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { currentLanguage, directionOf, fixedTIn, tApp } from '../../i18n/index.ts';
import { offeredLanguages } from '../../i18n/languages.ts';
import { loadPage } from '../../content/load-page.ts';
import { Prose } from '../../content/Prose.tsx';
import { ServiceNumber, firstNumber } from '../services/ServiceNumber.tsx';
import { personsArea, roleLink } from '../services/roles.ts';
import { splitSteps, type ShowStep } from './show-steps.ts';
import { cardSides, cardsIn, servicesIn, type CardSide } from './show-cards.ts';
import { Handover } from './Handover.tsx';

/** The content page whose `##` sections are the show-mode cards. */
export const SHOW_PAGE = 'show-mode';

interface Loaded {
  cards: Map<string, ShowStep[] | undefined>;
  /** "Not translated yet" in each chosen language, from that language's own strings. */
  notes: Map<string, string>;
}

/** The languages to show, the person's first, each once and each one this deployment offers. */
export function showLanguages(params: ScreenProps<'show'>['params'], current: string): string[] {
  const offered = offeredLanguages.map((l) => l.code);
  const wanted = [params.lang ?? current, params.with ?? ''];
  return wanted.filter((l, i) => offered.includes(l) && wanted.indexOf(l) === i);
}

async function loadCards(langs: readonly string[]): Promise<Loaded> {
  const english = splitSteps((await loadPage(SHOW_PAGE, 'en', personsArea())).page.body);
  const cards = new Map<string, ShowStep[] | undefined>([['en', english]]);
  const notes = new Map<string, string>();
  await Promise.all(
    langs.map(async (lang) => {
      const { page, fallback } = await loadPage(SHOW_PAGE, lang, personsArea());
      cards.set(lang, fallback ? undefined : cardsIn(page, english));
      notes.set(lang, (await fixedTIn('audiences', lang))('show.notTranslated'));
    }),
  );
  return { cards, notes };
}

/**
 * Show mode: full screen, large print, one idea per card, for a professional to go through with a
 * person who has just told them about abuse, in the person's language and, beside it, the
 * professional's own. Each card that names help shows the number, big, with a call link. The
 * last card helps the person get the app on their own phone. Nothing here writes to the device;
 * show mode blocks every storage write while it is on.
 */
export function ShowMode({ params }: ScreenProps<'show'>) {
  const { showMode } = useServices();
  const t = useT('audiences');
  const langs = showLanguages(params, currentLanguage());
  const key = langs.join();
  const [loaded, setLoaded] = useState<Loaded | 'failed' | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    let live = true;
    loadCards(key.split(',')).then(
      (result) => live && setLoaded(result),
      () => live && setLoaded('failed'),
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);

  // Moving between cards focuses the new heading, as moving between app screens does, and
  // shows the card from its top, so "Leave show mode" above it stays in sight.
  useEffect(() => {
    if (!moved.current) return;
    heading.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
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

  if (loaded === 'failed') {
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

  // No heading until the cards are here: the shell focuses the first heading that appears.
  if (!loaded) return <p class="muted">{tApp('shell.loading')}</p>;

  const english = loaded.cards.get('en');
  const total = (english?.length ?? 0) + 1; // the cards, then the handover card
  const last = english !== undefined && index === total - 1;
  const go = (to: number): void => {
    moved.current = true;
    setIndex(Math.max(0, Math.min(total - 1, to)));
  };
  const sides = last ? [] : cardSides(index, langs, loaded.cards);

  return (
    <div class="show-card">
      {english && <p class="show-count">{t('show.step', { n: index + 1, total })}</p>}
      {last ? (
        <div class="show-side">
          <h1 tabIndex={-1} ref={heading}>
            {t('handover.title')}
          </h1>
          <Handover />
        </div>
      ) : (
        <>
          <div class={sides.length > 1 ? 'show-sides two' : 'show-sides'}>
            {sides.map((side, i) => (
              <Side
                key={side.lang}
                side={side}
                note={side.textLang === side.lang ? undefined : loaded.notes.get(side.lang)}
                labelled={sides.length > 1}
              >
                {i === 0 ? (
                  <h1 tabIndex={-1} ref={heading}>
                    {side.step.heading}
                  </h1>
                ) : (
                  <h2>{side.step.heading}</h2>
                )}
              </Side>
            ))}
          </div>
          {english?.[index] && <Numbers step={english[index]} lang={sides[0]?.textLang ?? 'en'} />}
        </>
      )}
      {english && (
        <p class="button-row show-controls">
          {index > 0 && (
            <button type="button" class="button secondary" onClick={() => go(index - 1)}>
              {t('show.previous')}
            </button>
          )}
          {!last && (
            <button type="button" class="button" onClick={() => go(index + 1)}>
              {t('show.next')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

function Side(props: {
  side: CardSide;
  note: string | undefined;
  labelled: boolean;
  children: ComponentChildren;
}) {
  const { side } = props;
  const name = offeredLanguages.find((l) => l.code === side.lang)?.name;
  return (
    <section class="show-side" lang={side.textLang} dir={directionOf(side.textLang)}>
      {props.labelled && name && (
        <p class="show-lang" lang={side.lang} dir={directionOf(side.lang)}>
          {name}
        </p>
      )}
      {props.note && (
        <p class="show-note" lang={side.lang} dir={directionOf(side.lang)}>
          {props.note}
        </p>
      )}
      {props.children}
      <Prose blocks={side.step.blocks} roles={roleLink} service={ServiceName} />
    </section>
  );
}

/** In show mode a service in the text is a name; its number is shown, big, under the card. */
function ServiceName({ children }: { id: string; text: string; children: ComponentChildren }) {
  return <strong>{children}</strong>;
}

/** Each number the card names, once (the silent-call route and 999 share a number). */
function Numbers({ step, lang }: { step: ShowStep; lang: string }) {
  const seen = new Set<string>();
  const ids = servicesIn(step.blocks, roleLink).filter((id) => {
    const number = firstNumber(id)?.number;
    if (number === undefined || seen.has(number)) return false;
    seen.add(number);
    return true;
  });
  if (ids.length === 0) return null;
  return (
    <ul class="show-numbers" lang={lang} dir={directionOf(lang)}>
      {ids.map((id) => (
        <li key={id}>
          <ServiceNumber id={id} lang={lang} big />
        </li>
      ))}
    </ul>
  );
}
