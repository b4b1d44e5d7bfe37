import type { ParseKeys } from 'i18next';
import type { ScreenWithoutParams } from '../../core/screens.ts';

/** A door on the home screen: a button to one part of the app. Strings live in app.json. */
export interface Door {
  /** A screen that opens without parameters. */
  screen: ScreenWithoutParams;
  title: ParseKeys;
  hint: ParseKeys;
}

/**
 * The three things most people come for, large, under "Call now": someone to talk to,
 * understanding what is happening, and a plan.
 */
export const primaryDoors: readonly Door[] = [
  { screen: 'services', title: 'home.servicesDoor', hint: 'home.servicesDoorHint' },
  { screen: 'learn', title: 'home.learnDoor', hint: 'home.learnDoorHint' },
  { screen: 'plan', title: 'home.planDoor', hint: 'home.planDoorHint' },
];

/**
 * Everything else, smaller. "Using this app safely" is not here: the footer of every screen
 * links to it, and nothing shows twice.
 */
export const secondaryDoors: readonly Door[] = [
  { screen: 'check-in', title: 'home.checkInDoor', hint: 'home.checkInDoorHint' },
  { screen: 'family', title: 'home.familyDoor', hint: 'home.familyDoorHint' },
  {
    screen: 'professional',
    title: 'home.professionalDoor',
    hint: 'home.professionalDoorHint',
  },
  { screen: 'self', title: 'home.selfDoor', hint: 'home.selfDoorHint' },
  { screen: 'easy-read', title: 'home.easyReadDoor', hint: 'home.easyReadDoorHint' },
  { screen: 'hide-app', title: 'home.hideDoor', hint: 'home.hideDoorHint' },
  { screen: 'vault-settings', title: 'home.vaultDoor', hint: 'home.vaultDoorHint' },
];
