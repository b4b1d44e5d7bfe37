import type { Channel, Day, Hours, Service } from '../../regions/schema.ts';

/**
 * "Open now", worked out on the device with no network. Opening hours are written in UK time
 * (Europe/London), so the current moment is converted with Intl, which knows when the clocks go
 * forward and back (BST and GMT). Bank holidays are not known: the screen says hours can change.
 */
const DAY_OF: Record<string, Day> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

let formatter: Intl.DateTimeFormat | undefined;

/** The day and the time of day ("HH:MM") in London at `date`. */
export function londonTime(date: Date): { day: Day; time: string } {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  let weekday = '';
  let hour = '00';
  let minute = '00';
  for (const part of formatter.formatToParts(date)) {
    if (part.type === 'weekday') weekday = part.value;
    else if (part.type === 'hour') hour = part.value;
    else if (part.type === 'minute') minute = part.value;
  }
  const day = DAY_OF[weekday];
  if (!day) throw new Error(`Unexpected weekday "${weekday}"`);
  return { day, time: `${hour}:${minute}` };
}

export type LondonTime = ReturnType<typeof londonTime>;

/** True if open at `date`, false if closed, undefined if the hours are not confirmed. */
export function isOpenAt(hours: Hours, date: Date | LondonTime): boolean | undefined {
  if (hours === '24/7') return true;
  if (hours === 'unknown') return undefined;
  const { day, time } = date instanceof Date ? londonTime(date) : date;
  return hours.weekly.some((p) => p.days.includes(day) && p.from <= time && time < p.to);
}

/** The channels that have opening hours: phone, text and relay. */
export function timedChannels(service: Service): Extract<Channel, { hours: Hours }>[] {
  return service.channels.filter((c): c is Extract<Channel, { hours: Hours }> => 'hours' in c);
}

/** True if a phone, text or relay line of the service is open at `date`. */
export function isServiceOpenAt(service: Service, date: Date | LondonTime): boolean {
  const at = date instanceof Date ? londonTime(date) : date;
  return timedChannels(service).some((c) => isOpenAt(c.hours, at) === true);
}

export interface NextOpening {
  /** 0 = later today, 1 = tomorrow, up to 7 (the same weekday next week). */
  daysAhead: number;
  day: Day;
  /** "HH:MM" in UK time. */
  time: string;
}

const WEEK: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * When a line that is closed now next opens, so "Closed now" can say when to call instead.
 * Undefined when it is open now, open day and night, or its hours are not confirmed.
 */
export function nextOpening(hours: Hours, date: Date | LondonTime): NextOpening | undefined {
  if (hours === '24/7' || hours === 'unknown') return undefined;
  const now = date instanceof Date ? londonTime(date) : date;
  if (isOpenAt(hours, now)) return undefined;
  const today = WEEK.indexOf(now.day);
  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    const day = WEEK[(today + daysAhead) % 7] ?? 'mon';
    const starts = hours.weekly
      .filter((p) => p.days.includes(day) && (daysAhead > 0 || p.from > now.time))
      .map((p) => p.from)
      .sort();
    const time = starts[0];
    if (time !== undefined) return { daysAhead, day, time };
  }
  return undefined;
}
