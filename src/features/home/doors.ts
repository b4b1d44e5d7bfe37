import type { ParseKeys } from 'i18next';
import type { ScreenRef } from '../../core/navigation.ts';

/** A door on the home screen: a large button to one part of the app. Strings live in app.json. */
export interface Door {
  screen: ScreenRef;
  title: ParseKeys;
  hint: ParseKeys;
}

/**
 * The doors, in the order a person in a hurry needs them: understanding, who to call and the plan
 * first, then the paths for other people, then help with the app itself.
 */
export const doors: readonly Door[] = [
  { screen: { name: 'learn' }, title: 'home.learnDoor', hint: 'home.learnDoorHint' },
  { screen: { name: 'check-in' }, title: 'home.checkInDoor', hint: 'home.checkInDoorHint' },
  { screen: { name: 'services' }, title: 'home.servicesDoor', hint: 'home.servicesDoorHint' },
  { screen: { name: 'plan' }, title: 'home.planDoor', hint: 'home.planDoorHint' },
  { screen: { name: 'family' }, title: 'home.familyDoor', hint: 'home.familyDoorHint' },
  {
    screen: { name: 'professional' },
    title: 'home.professionalDoor',
    hint: 'home.professionalDoorHint',
  },
  { screen: { name: 'self' }, title: 'home.selfDoor', hint: 'home.selfDoorHint' },
  { screen: { name: 'easy-read' }, title: 'home.easyReadDoor', hint: 'home.easyReadDoorHint' },
  { screen: { name: 'safer-use' }, title: 'home.saferUseDoor', hint: 'home.saferUseDoorHint' },
  { screen: { name: 'vault-settings' }, title: 'home.vaultDoor', hint: 'home.vaultDoorHint' },
  { screen: { name: 'hide-app' }, title: 'home.hideDoor', hint: 'home.hideDoorHint' },
];
