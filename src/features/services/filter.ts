import type { DirectoryEntry, NeedsTag, ServesTag } from '../../regions/schema.ts';
import { isServiceOpenAt, londonTime } from './hours.ts';
import { localText } from './text.ts';

/**
 * Filtering the directory: by who a service is for, what the person needs, whether a line is
 * open now, and free text. Pure functions, so the benchmark can time them in Node. The text to
 * search is prepared once per language (`indexServices`), so each keystroke only scans strings.
 */
export interface Filters {
  query: string;
  serves: ServesTag | '';
  needs: NeedsTag | '';
  openNow: boolean;
}

export const NO_FILTERS: Filters = { query: '', serves: '', needs: '', openNow: false };

export interface Indexed {
  service: DirectoryEntry;
  text: string;
}

/** Lower case, accents removed, spaces collapsed: "Café  Line" and "cafe line" match. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Prepares the searchable text of each service: names, what it offers, labels, numbers. */
export function indexServices(services: readonly DirectoryEntry[], lang: string): Indexed[] {
  return services.map((service) => {
    const parts = [localText(service.name, lang), localText(service.offers, lang)];
    if (lang !== 'en') parts.push(localText(service.name, 'en'));
    for (const channel of service.channels) {
      if (channel.label) parts.push(localText(channel.label, lang));
      if ('number' in channel) parts.push(channel.number, channel.number.replaceAll(' ', ''));
      if (channel.type === 'web') parts.push(channel.url);
      if (channel.type === 'email') parts.push(channel.address);
    }
    return { service, text: normalise(parts.join(' \u0000 ')) };
  });
}

/**
 * The services that match every filter, in directory order. A group filter ("who is it for")
 * also keeps services that are for anyone, because those help everybody. Free text matches
 * when every word typed appears somewhere in the service's text.
 */
export function filterServices(
  index: readonly Indexed[],
  filters: Filters,
  now: Date,
): DirectoryEntry[] {
  return filterIndexed(index, filters, now).map((i) => i.service);
}

/** As filterServices, keeping the prepared text so a later keystroke can narrow from it. */
export function filterIndexed(index: readonly Indexed[], filters: Filters, now: Date): Indexed[] {
  const words = normalise(filters.query).split(' ').filter(Boolean);
  const at = filters.openNow ? londonTime(now) : undefined; // once per call: Intl is slow
  const out: Indexed[] = [];
  for (const item of index) {
    const { service, text } = item;
    if (
      filters.serves &&
      !service.serves.includes(filters.serves) &&
      !service.serves.includes('anyone')
    )
      continue;
    if (filters.needs && !service.needs.includes(filters.needs)) continue;
    if (words.length > 0 && !words.every((w) => text.includes(w))) continue;
    if (at && !isServiceOpenAt(service, at)) continue;
    out.push(item);
  }
  return out;
}

/**
 * True if the results for `next` are a subset of the results for `previous`, so filtering can
 * start from the previous results: the same choices, and a query that only grew at the end
 * (every word typed so far still has to match). Not while "open now" is on, as time moves.
 */
export function narrows(previous: Filters, next: Filters): boolean {
  return (
    !next.openNow &&
    !previous.openNow &&
    previous.serves === next.serves &&
    previous.needs === next.needs &&
    normalise(next.query).startsWith(normalise(previous.query))
  );
}
