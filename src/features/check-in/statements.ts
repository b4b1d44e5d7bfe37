/**
 * The reflection's content as data. Statements describe what the other person does (drawn from
 * the Home Office examples of controlling or coercive behaviour and the recognised danger signs);
 * their words live in locales/<lang>/check-in.json under `statements.<id>`. Each topic leads to
 * pages and services; `test` checks every page exists and every service id is a known one.
 */
export type Topic =
  | 'isolation'
  | 'monitoring'
  | 'tech'
  | 'money'
  | 'rules'
  | 'humiliation'
  | 'threats'
  | 'physical'
  | 'sexual'
  | 'fear';

export type DangerSign =
  | 'strangled'
  | 'threat-to-kill'
  | 'getting-worse'
  | 'separation'
  | 'pregnant'
  | 'stalked'
  | 'weapon';

export type EverydayId =
  | 'cut-off'
  | 'jealous'
  | 'where-you-are'
  | 'checks-phone'
  | 'tracks'
  | 'money-control'
  | 'work-stopped'
  | 'rules'
  | 'who-you-see'
  | 'put-down'
  | 'blames-you'
  | 'threatens'
  | 'threatens-secrets'
  | 'uses-status'
  | 'hurts'
  | 'sex-pressure'
  | 'afraid';

export type StatementId = EverydayId | DangerSign;

export type Statement =
  | { id: EverydayId; topic: Topic; danger: false }
  | { id: DangerSign; topic: 'danger'; danger: true };

/**
 * Service ids of national entries in the service directory (src/regions/), and roles
 * (`role:<role>`) for the person's area's own services. Only these may be linked. The line for
 * people worried about their own behaviour is left out on purpose: a survivor is often told that
 * they are the real abuser, and this screen is written for them (see the audiences README).
 */
export type ServiceId =
  | 'emergency-999'
  | 'silent-solution'
  | 'national-da-helpline'
  | 'role:da-service'
  | 'role:24h-line'
  | 'mens-advice-line'
  | 'galop'
  | 'stalking-helpline';

export const statements: readonly Statement[] = [
  { id: 'cut-off', topic: 'isolation', danger: false },
  { id: 'jealous', topic: 'isolation', danger: false },
  { id: 'where-you-are', topic: 'monitoring', danger: false },
  { id: 'checks-phone', topic: 'tech', danger: false },
  { id: 'tracks', topic: 'tech', danger: false },
  { id: 'money-control', topic: 'money', danger: false },
  { id: 'work-stopped', topic: 'money', danger: false },
  { id: 'rules', topic: 'rules', danger: false },
  { id: 'who-you-see', topic: 'rules', danger: false },
  { id: 'put-down', topic: 'humiliation', danger: false },
  { id: 'blames-you', topic: 'humiliation', danger: false },
  { id: 'threatens', topic: 'threats', danger: false },
  { id: 'threatens-secrets', topic: 'threats', danger: false },
  { id: 'uses-status', topic: 'threats', danger: false },
  { id: 'hurts', topic: 'physical', danger: false },
  { id: 'sex-pressure', topic: 'sexual', danger: false },
  { id: 'afraid', topic: 'fear', danger: false },
  { id: 'strangled', topic: 'danger', danger: true },
  { id: 'threat-to-kill', topic: 'danger', danger: true },
  { id: 'getting-worse', topic: 'danger', danger: true },
  { id: 'separation', topic: 'danger', danger: true },
  { id: 'pregnant', topic: 'danger', danger: true },
  { id: 'stalked', topic: 'danger', danger: true },
  { id: 'weapon', topic: 'danger', danger: true },
];

export interface NextStep {
  pages: readonly string[];
  services: readonly ServiceId[];
}

/** What each topic leads to, in the order results show them. */
export const nextSteps: Readonly<Record<Topic, NextStep>> = {
  fear: { pages: ['coercive-control', 'myths'], services: [] },
  physical: { pages: ['physical-abuse', 'emergency-routes'], services: [] },
  sexual: { pages: ['sexual-abuse'], services: [] },
  threats: { pages: ['coercive-control', 'emotional-abuse'], services: [] },
  isolation: { pages: ['coercive-control'], services: [] },
  monitoring: {
    pages: ['coercive-control', 'stalking-and-harassment'],
    services: ['stalking-helpline'],
  },
  tech: { pages: ['tech-abuse'], services: [] },
  money: { pages: ['economic-abuse', 'money-and-benefits'], services: [] },
  rules: { pages: ['coercive-control'], services: [] },
  humiliation: { pages: ['emotional-abuse'], services: [] },
};

/**
 * Pages a single statement adds to its topic's next steps, because it names a situation with a
 * page of its own: a visa, health or disability used to control someone, or a threat to share
 * private things, such as someone's sexuality or gender identity.
 */
export const statementPages: Partial<Record<EverydayId, readonly string[]>> = {
  'uses-status': ['no-recourse-to-public-funds', 'disabled-and-deaf'],
  'threatens-secrets': ['lgbt-plus'],
};

/** The pages to read for one topic: the topic's own, then those its ticked statements add. */
export function pagesFor(topic: Topic, ticked: ReadonlySet<StatementId>): string[] {
  const added = statements.flatMap((s) =>
    !s.danger && s.topic === topic && ticked.has(s.id) ? (statementPages[s.id] ?? []) : [],
  );
  return [...new Set([...nextSteps[topic].pages, ...added])];
}

/** Who to call now when any danger sign is ticked; stalking adds its own helpline. */
export const dangerServices: readonly ServiceId[] = [
  'national-da-helpline',
  'role:24h-line',
  'role:da-service',
];

export const dangerExtraServices: Partial<Record<DangerSign, readonly ServiceId[]>> = {
  stalked: ['stalking-helpline'],
};

/** Services offered to everyone at the end, whatever they ticked. */
export const generalServices: readonly ServiceId[] = [
  'national-da-helpline',
  'role:da-service',
  'mens-advice-line',
  'galop',
];

export const topicOrder = Object.keys(nextSteps) as Topic[];
