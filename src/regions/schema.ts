import * as v from 'valibot';
import { isValidPhoneNumber } from './phone.ts';

/**
 * The service directory's data contract. Each pack (src/regions/national/*.json and
 * src/regions/areas/<area>.json) is checked against it at build time; the build and the tests
 * fail on anything else. The TypeScript types below come from this schema. App code imports only
 * the types from here; valibot does ship to the browser, but for the plan and backup checks.
 */

/** Who a service is for. Labels live in locales/<lang>/services.json under `serves.`. */
export const SERVES = [
  'anyone',
  'women',
  'men',
  'lgbt',
  'older-people',
  'young-people',
  'children',
  'families-friends',
  'professionals',
  'own-behaviour',
  'honour-forced-marriage',
  'nrpf',
  'deaf-disabled',
  'stalking',
  'economic-abuse',
] as const;

/** What a person may need from it. Labels live under `needs.`. */
export const NEEDS = [
  'danger-now',
  'talk',
  'report',
  'child',
  'somewhere-safe',
  'information',
] as const;

export const COVERAGE = [
  'uk',
  'england',
  'wales',
  'scotland',
  'northern-ireland',
  'local',
] as const;
/**
 * What an entry is for on the home screen's "Call now" block, so the numbers come from data: the
 * area's own line open day and night, and the national helpline of the area's nation.
 */
export const ROLES = ['24h-line', 'national-helpline'] as const;

/** The nations an area pack can belong to. */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Only facts of high or medium confidence ship; anything lower fails the build. */
export const CONFIDENCE = ['high', 'medium'] as const;

const LANG_KEY = /^[a-z]{2,3}$/;

/** Translatable text: English is required, other languages fall back to it. */
export const textSchema = v.pipe(
  v.record(v.pipe(v.string(), v.regex(LANG_KEY, 'language keys are ISO codes')), v.string()),
  v.check(
    (t) => typeof t['en'] === 'string' && t['en'].trim().length > 0,
    'English text is required',
  ),
  v.check((t) => Object.values(t).every((s) => s.trim().length > 0), 'text must not be empty'),
);

const httpsUrl = v.pipe(
  v.string(),
  v.url('must be a web address'),
  v.startsWith('https://', 'web addresses must start with https://'),
);

const phoneNumber = v.pipe(
  v.string(),
  v.check(isValidPhoneNumber, 'malformed phone number (digit groups with single spaces)'),
);

const time = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'time is HH:MM'));

const period = v.pipe(
  v.strictObject({
    days: v.pipe(v.array(v.picklist(DAYS)), v.minLength(1)),
    from: time,
    to: time,
  }),
  v.check((p) => p.from < p.to, 'a period must end after it starts, on the same day'),
);

/** Opening hours in Europe/London time. "unknown" is shown as not confirmed. */
export const hoursSchema = v.union([
  v.literal('24/7'),
  v.literal('unknown'),
  v.strictObject({ weekly: v.pipe(v.array(period), v.minLength(1)) }),
]);

const channelCommon = {
  /** A short label, for example "Out of hours" or "From abroad". */
  label: v.optional(textSchema),
  /** A short note, for example "Press 2 for the London service". */
  note: v.optional(textSchema),
};

export const channelSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('phone'),
    number: phoneNumber,
    hours: hoursSchema,
    ...channelCommon,
  }),
  v.strictObject({
    type: v.literal('text'),
    number: phoneNumber,
    hours: hoursSchema,
    ...channelCommon,
  }),
  v.strictObject({
    type: v.literal('relay'),
    number: phoneNumber,
    hours: hoursSchema,
    ...channelCommon,
  }),
  v.strictObject({ type: v.literal('web'), url: httpsUrl, ...channelCommon }),
  v.strictObject({
    type: v.literal('email'),
    address: v.pipe(v.string(), v.email()),
    ...channelCommon,
  }),
]);

export const serviceSchema = v.pipe(
  v.strictObject({
    id: v.pipe(
      v.string(),
      v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id is lower-case words and dashes'),
    ),
    name: textSchema,
    offers: textSchema,
    /** Steps to follow where there is no number to call, or the number needs a few words. */
    steps: v.optional(v.pipe(v.array(textSchema), v.minLength(1))),
    serves: v.pipe(v.array(v.picklist(SERVES, 'unknown "serves" tag')), v.minLength(1)),
    needs: v.pipe(v.array(v.picklist(NEEDS, 'unknown "needs" tag')), v.minLength(1)),
    channels: v.array(channelSchema),
    coverage: v.pipe(v.array(v.picklist(COVERAGE, 'unknown coverage')), v.minLength(1)),
    sources: v.pipe(v.array(httpsUrl), v.minLength(1, 'a source is required')),
    /** When the entry was last compared with its sources (copies of official pages count). */
    checked: v.pipe(v.string('a checked date is required'), v.isoDate('checked is YYYY-MM-DD')),
    /**
     * When someone last confirmed the entry by phone or on the operator's live web page. Set it
     * only after such a check; until then the screen says the entry is not yet confirmed.
     */
    liveChecked: v.optional(v.pipe(v.string(), v.isoDate('liveChecked is YYYY-MM-DD'))),
    confidence: v.picklist(CONFIDENCE, 'only high or medium confidence facts ship'),
    /** Where the entry is shown first (ROLES above); most entries have none. */
    roles: v.optional(v.array(v.picklist(ROLES, 'unknown role'))),
  }),
  v.check(
    (s) => s.channels.length > 0 || s.steps !== undefined,
    'a service needs a way to reach it or steps to follow',
  ),
);

export const packSchema = v.strictObject({
  /** The pack's name in English for people reading the data; the area's name for an area pack. */
  name: textSchema,
  /** The nation an area is in, so its people see that nation's lines first. National packs omit it. */
  nation: v.optional(v.picklist(NATIONS, 'unknown nation')),
  services: v.array(serviceSchema),
});

export type Text = v.InferOutput<typeof textSchema>;
export type Hours = v.InferOutput<typeof hoursSchema>;
export type Channel = v.InferOutput<typeof channelSchema>;
export type Service = v.InferOutput<typeof serviceSchema>;
export type Pack = v.InferOutput<typeof packSchema>;
export type ServesTag = (typeof SERVES)[number];
export type NeedsTag = (typeof NEEDS)[number];
export type Day = (typeof DAYS)[number];
export type Role = (typeof ROLES)[number];
export type Nation = (typeof NATIONS)[number];

/** A service in the built directory: the pack it came from tells local from national. */
export type DirectoryEntry = Service & { pack: string };

export interface Directory {
  /** The deploying area's pack id and name, for example "st-helens". */
  area: { id: string; name: Text; nation?: Nation | undefined };
  services: DirectoryEntry[];
  /**
   * Per language, the packs whose translation (src/regions/translations/) a native speaker has not
   * yet checked: their entries show the review notice in that language.
   */
  unreviewed?: Record<string, string[]>;
}

/** Parses one pack; throws an Error naming the file, the entry and each problem. */
export function parsePack(data: unknown, file: string): Pack {
  const result = v.safeParse(packSchema, data);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '(root)';
    const index = /^services\.(\d+)/.exec(path)?.[1];
    const id = index === undefined ? undefined : idAt(data, Number(index));
    return `${id ? `[${id}] ` : ''}${path}: ${issue.message}`;
  });
  throw new Error(`${file} is not valid:\n  ${problems.join('\n  ')}`);
}

function idAt(data: unknown, index: number): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const services = (data as { services?: unknown }).services;
  if (!Array.isArray(services)) return undefined;
  const entry: unknown = services[index];
  if (typeof entry !== 'object' || entry === null) return undefined;
  const id = (entry as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** Joins packs into a directory; throws on a duplicate id anywhere across the packs. */
export function joinPacks(
  area: { id: string; pack: Pack },
  national: { id: string; pack: Pack }[],
): Directory {
  const seen = new Map<string, string>();
  const services: DirectoryEntry[] = [];
  for (const { id: pack, pack: data } of [...national, area]) {
    for (const service of data.services) {
      const other = seen.get(service.id);
      if (other !== undefined) {
        throw new Error(`Duplicate service id "${service.id}" in packs "${other}" and "${pack}"`);
      }
      seen.set(service.id, pack);
      services.push({ ...service, pack });
    }
  }
  return { area: { id: area.id, name: area.pack.name, nation: area.pack.nation }, services };
}
