import * as v from 'valibot';

/**
 * What the plan is made of: the priorities a person can choose and the sections of the plan.
 * Content is data: this file says which checklist items and services each section has; every
 * word a person reads is in locales/<lang>/plan.json under the same ids. The data is checked
 * with a schema when it loads, and a unit test checks that every id has its strings.
 *
 * Section facts come from the safety-planning list in the service-and-law facts (section 3),
 * rewritten in plain English.
 */

/** What matters most to the person now (after the myPlan decision aid). Order is display order. */
export const PRIORITY_IDS = [
  'safety',
  'children',
  'home',
  'money',
  'staying',
  'leaving',
  'after',
  'pets',
  'work',
] as const;
export type PriorityId = (typeof PRIORITY_IDS)[number];

/**
 * Services a section may link to: ids of national entries in the service directory, and roles
 * (`role:<role>`) for an area's own services, so each area's pack brings its own. A role the
 * person's area does not fill is left out of the section.
 */
export const SERVICE_IDS = [
  'emergency-999',
  'silent-solution',
  'emergency-sms',
  'relay-uk',
  'police-101',
  'ask-for-ani',
  'clares-law',
  'ncdv',
  'national-da-helpline',
  'mens-advice-line',
  'galop',
  'karma-nirvana',
  'forced-marriage-unit',
  'nspcc-helpline',
  'childline',
  'samaritans',
  'victim-support',
  'stalking-helpline',
  'role:da-service',
  'role:24h-line',
  'role:children-front-door',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

const id = v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z0-9]*$/));

const sectionSchema = v.strictObject({
  id,
  /**
   * The short, dull code used in the record id (`p:<code>`). Record ids are stored in the clear,
   * so they never name the section's subject.
   */
  code: v.pipe(v.string(), v.regex(/^s\d{1,2}$/)),
  /** Priorities this section serves; the more of the person's choices it serves, the earlier. */
  priorities: v.array(v.picklist(PRIORITY_IDS)),
  /** Checklist item ids (strings at sections.<id>.items.<item>). */
  items: v.array(id),
  /** Number of guidance paragraphs (strings at sections.<id>.guidance.g1, g2 and so on). */
  guidance: v.pipe(v.number(), v.integer(), v.minValue(0)),
  services: v.array(v.picklist(SERVICE_IDS)),
  /** The section keeps safe contacts (name, number, code word). */
  contacts: v.optional(v.literal(true)),
  /** The section points to the evidence diary. */
  diary: v.optional(v.literal(true)),
});

export type SectionDef = v.InferOutput<typeof sectionSchema>;

export const sectionsSchema = v.pipe(
  v.array(sectionSchema),
  v.minLength(1),
  v.check((all) => new Set(all.map((s) => s.id)).size === all.length, 'Section ids must be unique'),
  v.check(
    (all) => new Set(all.map((s) => s.code)).size === all.length,
    'Section codes must be unique',
  ),
  v.check(
    (all) => all.every((s) => new Set(s.items).size === s.items.length),
    'Item ids must be unique within a section',
  ),
);

/** The sections in their default order (used when no priority says otherwise). */
export const SECTIONS: readonly SectionDef[] = v.parse(sectionsSchema, [
  {
    id: 'contacts',
    code: 's1',
    priorities: ['safety', 'staying', 'leaving', 'children', 'work'],
    items: ['learn999', 'trusted', 'codeWord', 'signal', 'checkIn', 'learnNumbers'],
    guidance: 1,
    services: ['emergency-999', 'silent-solution', 'national-da-helpline', 'role:da-service'],
    contacts: true,
  },
  {
    id: 'home',
    code: 's2',
    priorities: ['safety', 'staying'],
    items: ['avoidRooms', 'exitRoom', 'routes', 'grab', 'neighbour'],
    guidance: 2,
    services: ['emergency-999', 'silent-solution', 'emergency-sms', 'relay-uk', 'ask-for-ani'],
  },
  {
    id: 'children',
    code: 's3',
    priorities: ['children', 'leaving', 'after'],
    items: ['call999', 'stayOut', 'phoneHidden', 'codeWord', 'practise', 'takeThem', 'school'],
    guidance: 1,
    services: ['nspcc-helpline', 'childline', 'role:children-front-door'],
  },
  {
    id: 'bag',
    code: 's4',
    priorities: ['leaving', 'safety', 'children'],
    items: ['clothes', 'medicine', 'keys', 'cards', 'charger', 'toiletries', 'toy', 'precious'],
    guidance: 1,
    services: ['national-da-helpline'],
  },
  {
    id: 'documents',
    code: 's5',
    priorities: ['leaving', 'money', 'home', 'children'],
    items: [
      'passports',
      'certificates',
      'licence',
      'numbers',
      'benefits',
      'bank',
      'pay',
      'tenancy',
      'court',
      'childRecords',
      'copies',
    ],
    guidance: 1,
    services: ['police-101'],
  },
  {
    id: 'money',
    code: 's6',
    priorities: ['money', 'leaving', 'staying', 'work', 'home'],
    items: ['save', 'account', 'credit', 'lend', 'car'],
    guidance: 1,
    services: ['national-da-helpline'],
  },
  {
    id: 'pets',
    code: 's7',
    priorities: ['pets'],
    items: ['carer', 'supplies', 'askHelp'],
    guidance: 0,
    services: ['national-da-helpline', 'role:da-service'],
  },
  {
    id: 'tech',
    code: 's8',
    priorities: ['safety', 'staying', 'after'],
    items: ['passwords', 'location', 'privacy', 'spyware', 'saferDevice'],
    guidance: 1,
    services: ['national-da-helpline', 'role:da-service'],
  },
  {
    id: 'evidence',
    code: 's9',
    priorities: ['safety', 'staying', 'leaving', 'after'],
    items: ['diary', 'messages', 'doctor', 'crimeRef'],
    guidance: 1,
    services: ['police-101', 'victim-support'],
    diary: true,
  },
  {
    id: 'legal',
    code: 's10',
    priorities: ['leaving', 'after', 'home', 'children'],
    items: ['orders', 'legalAid', 'housing', 'claresLaw'],
    guidance: 1,
    // The National Centre for Domestic Violence helps people get an emergency court order for free.
    services: ['ncdv', 'clares-law', 'police-101', 'role:da-service', 'national-da-helpline'],
  },
  {
    id: 'leaving',
    code: 's11',
    priorities: ['leaving', 'home'],
    items: ['dontTell', 'tellTrusted', 'time', 'where', 'travel'],
    guidance: 1,
    services: [
      'national-da-helpline',
      'role:da-service',
      'role:24h-line',
      'mens-advice-line',
      'galop',
      'karma-nirvana',
      'forced-marriage-unit',
    ],
  },
  {
    id: 'after',
    code: 's12',
    priorities: ['after', 'children', 'work', 'home'],
    items: ['schoolRun', 'work', 'routines', 'security', 'review'],
    guidance: 1,
    services: ['stalking-helpline', 'police-101', 'victim-support', 'role:da-service'],
  },
  {
    id: 'notes',
    code: 's13',
    priorities: [],
    items: [],
    guidance: 0,
    services: ['samaritans'],
  },
]);

/** The string keys of a section's guidance paragraphs, in order. */
export function guidanceKeys(def: SectionDef): string[] {
  return Array.from({ length: def.guidance }, (_, i) => `sections.${def.id}.guidance.g${i + 1}`);
}

export function findSection(sectionId: string): SectionDef | undefined {
  return SECTIONS.find((s) => s.id === sectionId);
}

/**
 * Orders the sections for the person's priorities: a section serving more of their choices comes
 * earlier; ties keep the default order. With no priorities, the default order stands.
 */
export function orderSections(
  chosen: readonly PriorityId[],
  sections: readonly SectionDef[] = SECTIONS,
): SectionDef[] {
  const picked = new Set(chosen);
  const score = (s: SectionDef) => s.priorities.filter((p) => picked.has(p)).length;
  return sections
    .map((section, index) => ({ section, index, score: score(section) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.section);
}
