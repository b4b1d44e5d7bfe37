import type { ParseKeys } from 'i18next';
import type { ScreenRef } from '../../app/navigation.ts';

/** A door on the home screen: a button to one part of the app. Strings live in app.json. */
export interface Door {
  screen: ScreenRef;
  title: ParseKeys;
  hint: ParseKeys;
}

/**
 * The three things most people come for, large, under "Call now": someone to talk to,
 * understanding what is happening, and a plan.
 */
export const primaryDoors: readonly Door[] = [
  { screen: { name: 'services' }, title: 'home.servicesDoor', hint: 'home.servicesDoorHint' },
  { screen: { name: 'learn' }, title: 'home.learnDoor', hint: 'home.learnDoorHint' },
  { screen: { name: 'plan' }, title: 'home.planDoor', hint: 'home.planDoorHint' },
];

/**
 * Everything else, smaller. "Using this app safely" is not here: the footer of every screen
 * links to it, and nothing shows twice.
 */
export const secondaryDoors: readonly Door[] = [
  { screen: { name: 'check-in' }, title: 'home.checkInDoor', hint: 'home.checkInDoorHint' },
  { screen: { name: 'family' }, title: 'home.familyDoor', hint: 'home.familyDoorHint' },
  {
    screen: { name: 'professional' },
    title: 'home.professionalDoor',
    hint: 'home.professionalDoorHint',
  },
  { screen: { name: 'self' }, title: 'home.selfDoor', hint: 'home.selfDoorHint' },
  { screen: { name: 'easy-read' }, title: 'home.easyReadDoor', hint: 'home.easyReadDoorHint' },
  { screen: { name: 'hide-app' }, title: 'home.hideDoor', hint: 'home.hideDoorHint' },
  { screen: { name: 'vault-settings' }, title: 'home.vaultDoor', hint: 'home.vaultDoorHint' },
];
