import type { ScreenViews } from '../../core/screens.ts';
import { SaferUse } from './SaferUse.tsx';

/**
 * In the first chunk: it is the first screen on a first visit, so loading it separately would add
 * a round trip before anything readable appears.
 */
export const saferUseScreens = {
  'safer-use': () => Promise.resolve(SaferUse),
} satisfies ScreenViews<'safer-use'>;

/** Screens already in the first chunk: they render at once, without a "Loading" step. */
export const eagerScreens = { 'safer-use': SaferUse };
