import type { Block, Inline } from '../../content/types.ts';

/** One screen of show mode: one idea, with its heading and a few short blocks. */
export interface ShowStep {
  heading: string;
  blocks: Block[];
}

function text(items: Inline[]): string {
  return items.map((i) => (typeof i === 'string' ? i : text(i.c))).join('');
}

/**
 * Splits a content page into show-mode screens: every `##` heading starts a new screen. Anything
 * before the first heading is ignored, so each screen has a heading to focus and announce.
 */
export function splitSteps(body: Block[]): ShowStep[] {
  const steps: ShowStep[] = [];
  for (const block of body) {
    if (block.t === 'h' && block.level === 2) steps.push({ heading: text(block.c), blocks: [] });
    else steps[steps.length - 1]?.blocks.push(block);
  }
  return steps;
}
