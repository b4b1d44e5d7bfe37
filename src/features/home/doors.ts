import type { ParseKeys } from 'i18next';
import type { ScreenWithoutParams } from '../../core/screens.ts';

/** A door on the home screen: a large button to one part of the app. Strings live in app.json. */
export interface Door {
  /** A screen that opens without parameters. */
  screen: ScreenWithoutParams;
  title: ParseKeys;
  hint: ParseKeys;
}

/**
 * The doors, in the order a person in a hurry needs them: understanding, who to call and the plan
 * first, then the paths for other people, then help with the app itself.
 */
export const doors: readonly Door[] = [
  { screen: 'learn', title: 'home.learnDoor', hint: 'home.learnDoorHint' },
  { screen: 'check-in', title: 'home.checkInDoor', hint: 'home.checkInDoorHint' },
  { screen: 'services', title: 'home.servicesDoor', hint: 'home.servicesDoorHint' },
  { screen: 'plan', title: 'home.planDoor', hint: 'home.planDoorHint' },
  { screen: 'family', title: 'home.familyDoor', hint: 'home.familyDoorHint' },
  {
    screen: 'professional',
    title: 'home.professionalDoor',
    hint: 'home.professionalDoorHint',
  },
  { screen: 'self', title: 'home.selfDoor', hint: 'home.selfDoorHint' },
  { screen: 'easy-read', title: 'home.easyReadDoor', hint: 'home.easyReadDoorHint' },
  { screen: 'safer-use', title: 'home.saferUseDoor', hint: 'home.saferUseDoorHint' },
  { screen: 'vault-settings', title: 'home.vaultDoor', hint: 'home.vaultDoorHint' },
  { screen: 'hide-app', title: 'home.hideDoor', hint: 'home.hideDoorHint' },
];
