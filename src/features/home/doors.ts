import type { ParseKeys } from 'i18next';
import type { ScreenRef } from '../../app/navigation.ts';

/** A door on the home screen: a large button to one part of the app. Strings live in app.json. */
export interface Door {
  screen: ScreenRef;
  title: ParseKeys;
  hint: ParseKeys;
}

/** The doors, in the order a person in a hurry needs them. Only parts that exist get a door. */
export const doors: readonly Door[] = [
  { screen: { name: 'safer-use' }, title: 'home.saferUseDoor', hint: 'home.saferUseDoorHint' },
  { screen: { name: 'hide-app' }, title: 'home.hideDoor', hint: 'home.hideDoorHint' },
];
