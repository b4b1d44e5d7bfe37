import type { Block, Inline, Page } from '../../content/types.ts';
import { splitSteps, type ShowStep } from './show-steps.ts';

/** One language's version of a card, or English with a note where it is not translated yet. */
export interface CardSide {
  /** The language the person reading this side chose. */
  lang: string;
  /** The language the text is in: `lang`, or English while the card is not translated. */
  textLang: string;
  step: ShowStep;
}

/** The cards of the show-mode page in one language: its steps, if they match English card for card. */
export function cardsIn(page: Page | undefined, english: ShowStep[]): ShowStep[] | undefined {
  if (!page) return undefined;
  const steps = splitSteps(page.body);
  // A translation is used only when it has the same cards, each naming the same services, so the
  // two sides always say the same thing and show the same numbers.
  const same =
    steps.length === english.length &&
    steps.every((s, i) => sameServices(s, english[i] ?? { heading: '', blocks: [] }));
  return same ? steps : undefined;
}

function sameServices(a: ShowStep, b: ShowStep): boolean {
  return servicesIn(a.blocks).join() === servicesIn(b.blocks).join();
}

/** The services a card names, in order, each once. */
export function servicesIn(
  blocks: Block[],
  roles: (role: string) => { id: string } | undefined = () => undefined,
): string[] {
  const found: string[] = [];
  const add = (id: string | undefined): void => {
    if (id !== undefined && !found.includes(id)) found.push(id);
  };
  const walk = (c: Inline[]): void => {
    for (const i of c) {
      if (typeof i === 'string') continue;
      if (i.t === 'service') add(i.id);
      // A role is the person's area's own service, when the area has one (services/roles.ts).
      if (i.t === 'role') add(roles(i.role)?.id);
      walk(i.c);
    }
  };
  for (const b of blocks) {
    if ('items' in b) b.items.forEach(walk);
    else walk(b.c);
  }
  return found;
}

/**
 * The sides of card `index` for the chosen languages (the person's first), each once. A language
 * whose card is not translated shows English with a note; if that leaves two English sides, one
 * is enough.
 */
export function cardSides(
  index: number,
  langs: readonly string[],
  cards: ReadonlyMap<string, ShowStep[] | undefined>,
): CardSide[] {
  const english = cards.get('en');
  const sides: CardSide[] = [];
  for (const lang of langs) {
    const own = cards.get(lang)?.[index];
    const step = own ?? english?.[index];
    if (!step) continue;
    const side = { lang, textLang: own ? lang : 'en', step };
    if (sides.some((s) => s.textLang === side.textLang)) continue;
    sides.push(side);
  }
  return sides;
}
