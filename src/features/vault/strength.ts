/**
 * Refuses passphrases that are quick to guess (issue 12 point 2). The estimate is zxcvbn-ts with
 * its common and English dictionaries (names, common passwords, words, dates, keyboard runs,
 * sequences). It is large, so it is loaded only by the screens that choose a passphrase, and only
 * when they open (never in the first chunk). Call `preloadStrength()` when such a screen mounts.
 *
 * Refused: an estimate below 10^8 guesses (zxcvbn score 0 to 2). With Argon2id at 64 MiB each
 * guess costs real time, so 10^8 guesses takes months on a computer made for it; a 4-digit PIN
 * or a dictionary word takes seconds.
 */
export type Strength = { ok: true } | { ok: false; reason: 'weak' | 'weakNumbers' };

/** zxcvbn's score for "safely unguessable: moderate protection from an offline slow-hash attack". */
export const MIN_SCORE = 3;

type Score = (passphrase: string) => number;
let estimator: Promise<Score> | undefined;

async function loadEstimator(): Promise<Score> {
  const [core, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  const factory = new core.ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return (passphrase) => factory.check(passphrase).score;
}

export function preloadStrength(): Promise<Score> {
  estimator ??= loadEstimator();
  // A failed load (a network hiccup before the app was cached) may be tried again next time.
  estimator.catch(() => (estimator = undefined));
  return estimator;
}

/**
 * If the estimator cannot load, a plain rule still refuses what is clearly weak: fewer than 12
 * characters. (Numbers alone are refused before either check.)
 */
function fallbackScore(passphrase: string): number {
  return passphrase.trim().length >= 12 ? MIN_SCORE : 0;
}

export async function judgePassphrase(passphrase: string): Promise<Strength> {
  if (/^[\d\s.,-]*$/.test(passphrase)) return { ok: false, reason: 'weakNumbers' };
  const score = await preloadStrength().then(
    (estimate) => estimate(passphrase),
    () => fallbackScore(passphrase),
  );
  return score >= MIN_SCORE ? { ok: true } : { ok: false, reason: 'weak' };
}
