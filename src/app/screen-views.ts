import type { FeatureScreenName, ScreenViews } from '../core/screens.ts';
import { audienceScreens } from '../features/audiences/screens.ts';
import { checkInScreens } from '../features/check-in/screens.ts';
import { disguiseScreens } from '../features/disguise/screens.ts';
import { easyReadScreens } from '../features/easy-read/screens.ts';
import { learnScreens } from '../features/learn/screens.ts';
import { planScreens } from '../features/plan/screens.ts';
import { saferUseScreens } from '../features/safer-use/screens.ts';
import { serviceScreens } from '../features/services/screens.ts';
import { vaultScreens } from '../features/vault/screens.ts';

/**
 * How to load every screen but home. The type checker fails the build if a screen listed in
 * src/core/screens.ts has no view here, or a view takes other parameters than its screen.
 */
export const screenViews: ScreenViews<FeatureScreenName> = {
  ...saferUseScreens,
  ...audienceScreens,
  ...learnScreens,
  ...checkInScreens,
  ...easyReadScreens,
  ...serviceScreens,
  ...planScreens,
  ...vaultScreens,
  ...disguiseScreens,
};
