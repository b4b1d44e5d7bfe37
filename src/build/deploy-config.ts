import { readFileSync } from 'node:fs';
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import * as v from 'valibot';

/** Words that must never appear where a browser, phone or storage screen shows a name. */
export const REVEALING_WORDS =
  /abuse|domestic|violence|violent|help|safety|safe|refuge|escape|shelter|victim|survivor|plan|crisis|dv\b/i;

/**
 * Words that must never appear in a built file's name or in a URL the app requests or caches:
 * the words above (less the short `dv`, which a random hash can spell) and the app's own subjects.
 */
export const REVEALING_FILE_WORDS = new RegExp(
  [
    REVEALING_WORDS.source.replace('|dv\\b', ''),
    'diary|emergency|coercive|control|vault|exit|show-?mode|disguise|contact|reflection',
    'check-?in|passphrase|backup|hide|cover|police|court|partner|worker|argon',
  ].join('|'),
  'i',
);

const neutral = (what: string) =>
  v.check((s: string) => !REVEALING_WORDS.test(s), `${what} must not say what the app is for`);

const httpsUrl = v.pipe(v.string(), v.url(), v.startsWith('https://'));
const areaId = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'an area is its pack file name'));
const unique = (list: string[]) => new Set(list).size === list.length;

/** deploy.config.json: what a deploying area sets without touching code. */
export const deployConfigSchema = v.pipe(
  v.object({
    /**
     * The area pack (src/regions/areas/<area>.json) this deployment serves, or a list of them when
     * one deployment serves several areas (the person then chooses theirs, on the device).
     */
    area: v.union([
      areaId,
      v.pipe(
        v.array(areaId),
        v.minLength(1, 'list at least one area'),
        v.check(unique, 'an area is listed twice'),
      ),
    ]),
    title: v.pipe(v.string(), v.minLength(2), v.maxLength(40), neutral('title')),
    identity: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/), neutral('identity')),
    exit: v.pipe(
      v.object({ default: httpsUrl, choices: v.pipe(v.array(httpsUrl), v.minLength(1)) }),
      v.check((e) => e.choices.includes(e.default), 'exit.default must be one of exit.choices'),
    ),
    languages: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))), v.minLength(1)),
    coverFirst: v.boolean(),
    /**
     * With coverFirst: the cover a first-time visitor sees and the area's shared code that opens the
     * app (given out by local services). The person can set their own code inside the app.
     */
    coverStart: v.optional(
      v.object({
        app: v.picklist(['calc', 'units']),
        code: v.pipe(v.string(), v.regex(/^\d{4,8}$/, 'coverStart.code must be 4 to 8 digits')),
      }),
    ),
    serviceMaxAgeDays: v.pipe(v.number(), v.integer(), v.minValue(1)),
    /**
     * What the area accepts in its offered languages. unreviewed: "refuse" fails the build while
     * any page, string file or service translation still needs a native speaker's check; "ship"
     * ships it with a notice in the language. partial: languages that may ship with pages or
     * strings missing (they show in English, with a note saying so); any other offered language
     * must be complete. `npm run check:translations` lists both.
     */
    translations: v.optional(
      v.strictObject({
        unreviewed: v.picklist(['ship', 'refuse'], 'translations.unreviewed is "ship" or "refuse"'),
        partial: v.array(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))),
      }),
      { unreviewed: 'refuse', partial: [] },
    ),
  }),
  v.check((c) => !c.coverFirst || c.coverStart !== undefined, 'coverFirst needs coverStart'),
  v.check(
    (c) => c.translations.partial.every((lang) => c.languages.includes(lang)),
    'translations.partial may list only languages in languages',
  ),
  v.check(
    (c) => !c.translations.partial.includes('en'),
    'translations.partial cannot list English, the source language',
  ),
);

export type DeployConfig = v.InferOutput<typeof deployConfigSchema>;

/** The areas a deployment serves, one or several, in the order deploy.config.json lists them. */
export function deployAreas(config: Pick<DeployConfig, 'area'>): string[] {
  return typeof config.area === 'string' ? [config.area] : config.area;
}

export function readDeployConfig(file = 'deploy.config.json'): DeployConfig {
  const result = v.safeParse(deployConfigSchema, JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
    throw new Error(`${file} is not valid:\n  ${problems.join('\n  ')}`);
  }
  return result.output;
}

/**
 * The cover a first-time visitor sees when the area sets coverFirst, with its shared code hashed
 * at build time (the same salted PBKDF2-SHA256 the app uses), so the built files hold no code.
 */
export function coverFirstStart(config: DeployConfig, iterations = 600_000) {
  if (!config.coverFirst || !config.coverStart) return null;
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(config.coverStart.code, salt, iterations, 32, 'sha256');
  return {
    app: config.coverStart.app,
    code: {
      alg: 'PBKDF2-SHA256' as const,
      iterations,
      salt: salt.toString('base64'),
      hash: hash.toString('base64'),
    },
  };
}
