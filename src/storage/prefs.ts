import { db } from './db.ts';
import { assertWritable } from './write-guard.ts';

/**
 * Settings kept on the device. Keys are short and dull on purpose (they show in storage
 * inspectors). Add a key here, with its type, before using it.
 */
export interface Prefs {
  /** The interface language. */
  lang: string;
  /** The person has seen the "using this app safely" page once. */
  intro: boolean;
  /** The exit destination the person chose from the allowed list. */
  exit: string;
  /**
   * The start screen the person chose (an everyday tool shown first) and a salted slow hash of the
   * code that opens the rest; `false` when they turned it off. Never the code itself.
   */
  start:
    | {
        app: string;
        code: { alg: 'PBKDF2-SHA256'; iterations: number; salt: string; hash: string };
      }
    | false;
  /** The name and icon offered to the browser before the app is added to a home screen. */
  look: string;
  /**
   * Where a deployment serving several areas shows the person's local services: the chosen
   * area's pack id only (never a postcode or anything typed).
   */
  place: string;
}

export async function getPref<K extends keyof Prefs>(key: K): Promise<Prefs[K] | undefined> {
  return (await (await db()).get('prefs', key)) as Prefs[K] | undefined;
}

export async function setPref<K extends keyof Prefs>(key: K, value: Prefs[K]): Promise<void> {
  assertWritable();
  await (await db()).put('prefs', value, key);
}

export async function deletePref(key: keyof Prefs): Promise<void> {
  assertWritable();
  await (await db()).delete('prefs', key);
}
