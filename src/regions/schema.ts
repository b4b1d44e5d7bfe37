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
 * What a service does, so shared pages, the plan, the reflection and the "Call now" block name a
 * job, never an area's entry: each area pack maps the roles it fills to its own entries, and a
 * national pack names its nation's helpline. A role an area leaves empty is simply left out.
 */
export const AREA_ROLES = [
  /** The area's own line, open day and night ("Call now" on home). */
  '24h-line',
  /** The area's specialist domestic abuse service (IDVAs, outreach, refuge). */
  'da-service',
  /** The area's police force, for reporting online or on its own pages. */
  'police',
  /** Where anyone reports a worry about a child in office hours (the council's front door). */
  'children-front-door',
  /** The council's team for children and adults at risk outside office hours. */
  'out-of-hours',
  /** Where anyone raises a worry about an adult with care and support needs. */
  'adult-safeguarding',
  /** Family support near home (family hubs, early help). */
  'family-support',
  /** The sexual assault referral centre that serves the area. */
  'sexual-assault-centre',
  /** A behaviour change programme for people worried about their own behaviour. */
  'perpetrator-programme',
] as const;

/** A national pack's role: the helpline of its nation (UK-wide when the nation has none). */
export const NATIONAL_ROLES = ['national-helpline'] as const;

export const ROLES = [...AREA_ROLES, ...NATIONAL_ROLES] as const;

/** Postcode districts (the outward code, the first half of a postcode): "WA10", "L35", "EC1A". */
export const POSTCODE_DISTRICT = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;

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
  }),
  v.check(
    (s) => s.channels.length > 0 || s.steps !== undefined,
    'a service needs a way to reach it or steps to follow',
  ),
);

const entryId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'roles name entry ids'));

/** A role an entry of the same pack fills; checked against the pack's ids by `rolesPointHome`. */
const roleMap = <R extends readonly string[]>(roles: R) =>
  v.pipe(
    v.record(v.string(), entryId),
    v.check(
      (map) => Object.keys(map).every((role) => roles.includes(role)),
      `unknown role (known roles: ${roles.join(', ')})`,
    ),
    v.transform((map) => map as Partial<Record<R[number], string>>),
  );

/** Every role names an entry of its own pack, so a typo fails the build instead of hiding a line. */
const rolesPointHome = <
  T extends { roles?: Partial<Record<string, string>> | undefined; services: Service[] },
>() =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const ids = new Set(dataset.value.services.map((s) => s.id));
    for (const [role, id] of Object.entries(dataset.value.roles ?? {})) {
      if (id !== undefined && !ids.has(id)) {
        addIssue({ message: `roles.${role}: "${id}" is not an entry in this pack` });
      }
    }
  });

/** A national pack: UK-wide or one nation's lines, shipped with every deployment. */
export const nationalPackSchema = v.pipe(
  v.strictObject({
    /** The pack's name in English for people reading the data. */
    name: textSchema,
    roles: v.optional(roleMap(NATIONAL_ROLES)),
    services: v.array(serviceSchema),
  }),
  rolesPointHome(),
);

/** An area pack: one council area (or any area a partnership serves) and its own services. */
export const areaPackSchema = v.pipe(
  v.strictObject({
    /** The area's name, as people there say it. */
    name: textSchema,
    /** The nation the area is in, so its people see that nation's lines first. */
    nation: v.picklist(NATIONS, 'unknown nation'),
    /**
     * The postcode districts (first half of a postcode, for example "WA10") the area covers, so a
     * deployment serving several areas can find a person's area on the device. A district on a
     * boundary may be listed by both areas; the person then picks from the two.
     */
    postcodes: v.pipe(
      v.array(
        v.pipe(
          v.string(),
          v.regex(POSTCODE_DISTRICT, 'a postcode district is its first half, like "WA10"'),
        ),
      ),
      v.minLength(1, 'list the postcode districts the area covers'),
    ),
    /** Which of the area's entries fills each role (AREA_ROLES); leave out a role it has no entry for. */
    roles: roleMap(AREA_ROLES),
    services: v.array(serviceSchema),
  }),
  rolesPointHome(),
);

export type Text = v.InferOutput<typeof textSchema>;
export type Hours = v.InferOutput<typeof hoursSchema>;
export type Channel = v.InferOutput<typeof channelSchema>;
export type Service = v.InferOutput<typeof serviceSchema>;
export type NationalPack = v.InferOutput<typeof nationalPackSchema>;
export type AreaPack = v.InferOutput<typeof areaPackSchema>;
export type Pack = NationalPack | AreaPack;
export type ServesTag = (typeof SERVES)[number];
export type NeedsTag = (typeof NEEDS)[number];
export type Day = (typeof DAYS)[number];
export type Role = (typeof ROLES)[number];
export type AreaRole = (typeof AREA_ROLES)[number];
export type Nation = (typeof NATIONS)[number];

/** A service in the built directory: the pack it came from tells local from national. */
export type DirectoryEntry = Service & { pack: string };

/** One area a deployment serves: its pack id (for example "st-helens"), name and roles. */
export interface Area {
  id: string;
  name: Text;
  nation: Nation;
  postcodes: string[];
  roles: Partial<Record<AreaRole, string>>;
}

export interface Directory {
  /** The areas this deployment serves, in deploy.config.json order; usually one. */
  areas: Area[];
  /** Each national pack's id and the entry that is its nation's helpline, if any. */
  helplines: { pack: string; id: string }[];
  services: DirectoryEntry[];
  /**
   * Per language, the packs whose translation (src/regions/translations/) a native speaker has not
   * yet checked: their entries show the review notice in that language.
   */
  unreviewed?: Record<string, string[]>;
}

/** Parses one pack; throws an Error naming the file, the entry and each problem. */
export function parsePack(data: unknown, file: string, kind: 'area'): AreaPack;
export function parsePack(data: unknown, file: string, kind: 'national'): NationalPack;
export function parsePack(data: unknown, file: string, kind: 'area' | 'national'): Pack {
  const result = v.safeParse(kind === 'area' ? areaPackSchema : nationalPackSchema, data);
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
  areas: { id: string; pack: AreaPack }[],
  national: { id: string; pack: NationalPack }[],
): Directory {
  const seen = new Map<string, string>();
  const services: DirectoryEntry[] = [];
  for (const { id: pack, pack: data } of [...national, ...areas]) {
    for (const service of data.services) {
      const other = seen.get(service.id);
      if (other !== undefined) {
        throw new Error(`Duplicate service id "${service.id}" in packs "${other}" and "${pack}"`);
      }
      seen.set(service.id, pack);
      services.push({ ...service, pack });
    }
  }
  return {
    areas: areas.map(({ id, pack }) => ({
      id,
      name: pack.name,
      nation: pack.nation,
      postcodes: pack.postcodes,
      roles: pack.roles,
    })),
    helplines: national.flatMap(({ id, pack }) => {
      const helpline = pack.roles?.['national-helpline'];
      return helpline === undefined ? [] : [{ pack: id, id: helpline }];
    }),
    services,
  };
}
