import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../regions/schema.ts';
import { filterServices, indexServices, narrows, NO_FILTERS, normalise } from './filter.ts';
import { createDirectoryModel } from './model.ts';

function service(id: string, over: Partial<DirectoryEntry> = {}): DirectoryEntry {
  return {
    id,
    pack: 'uk',
    name: { en: id.replaceAll('-', ' ') },
    offers: { en: 'Support.' },
    serves: ['anyone'],
    needs: ['talk'],
    channels: [{ type: 'phone', number: '0808 2000 247', hours: '24/7' }],
    coverage: ['uk'],
    sources: ['https://example.org'],
    checked: '2026-11-22',
    confidence: 'high',
    ...over,
  };
}

const services = [
  service('womens-line', {
    serves: ['women'],
    name: { en: "Women's Line", cy: 'Llinell Menywod' },
  }),
  service('mens-line', {
    serves: ['men'],
    channels: [
      {
        type: 'phone',
        number: '0808 801 0327',
        hours: { weekly: [{ days: ['mon'], from: '09:00', to: '17:00' }] },
      },
    ],
  }),
  service('anyone-line', { needs: ['talk', 'somewhere-safe'] }),
  service('child-line', {
    serves: ['children'],
    needs: ['child'],
    offers: { en: 'For children under 19.' },
  }),
  service('unknown-hours', {
    serves: ['men'],
    channels: [{ type: 'phone', number: '101', hours: 'unknown' }],
  }),
];
const index = indexServices(services, 'en');
const monday10am = new Date('2026-01-05T10:00:00Z');
const sunday = new Date('2026-01-04T10:00:00Z');
const ids = (f: Partial<typeof NO_FILTERS>, now = monday10am) =>
  filterServices(index, { ...NO_FILTERS, ...f }, now).map((s) => s.id);

describe('directory filters', () => {
  it('shows everything with no filters, in order', () => {
    expect(ids({})).toEqual(services.map((s) => s.id));
  });

  it('filters by who it is for, keeping services for anyone', () => {
    expect(ids({ serves: 'men' })).toEqual(['mens-line', 'anyone-line', 'unknown-hours']);
  });

  it('filters by what the person needs', () => {
    expect(ids({ needs: 'somewhere-safe' })).toEqual(['anyone-line']);
    expect(ids({ needs: 'child' })).toEqual(['child-line']);
  });

  it('keeps only lines open now, leaving out unconfirmed hours', () => {
    expect(ids({ openNow: true })).toContain('mens-line');
    expect(ids({ openNow: true })).not.toContain('unknown-hours');
    expect(ids({ openNow: true }, sunday)).not.toContain('mens-line');
  });

  it('matches every typed word, ignoring case, accents and spaces', () => {
    expect(ids({ query: 'WOMEN' })).toEqual(['womens-line']);
    expect(ids({ query: '  child   under ' })).toEqual(['child-line']);
    expect(ids({ query: 'child nothing' })).toEqual([]);
    expect(normalise('Café  Line')).toBe('cafe line');
  });

  it('finds a service by its number, with or without spaces', () => {
    expect(ids({ query: '0808 801' })).toEqual(['mens-line']);
    expect(ids({ query: '08088010327' })).toEqual(['mens-line']);
  });

  it('searches text in the chosen language, and the English name', () => {
    const welsh = indexServices(services, 'cy');
    const found = (q: string) => filterServices(welsh, { ...NO_FILTERS, query: q }, monday10am);
    expect(found('menywod').map((s) => s.id)).toEqual(['womens-line']);
    expect(found("women's").map((s) => s.id)).toEqual(['womens-line']);
  });

  it('combines filters', () => {
    expect(ids({ serves: 'men', query: 'line', openNow: true })).toEqual([
      'mens-line',
      'anyone-line',
    ]);
  });
});

describe('narrowing from the previous keystroke', () => {
  it('narrows only when the query grew at the end and nothing else changed', () => {
    const f = (query: string, more: Partial<typeof NO_FILTERS> = {}) => ({
      ...NO_FILTERS,
      query,
      ...more,
    });
    expect(narrows(f('riv'), f('rive'))).toBe(true);
    expect(narrows(f('river'), f('river h'))).toBe(true);
    expect(narrows(f('river'), f('rive'))).toBe(false);
    expect(narrows(f('ab'), f('a b'))).toBe(false);
    expect(narrows(f('a'), f('ab', { serves: 'men' }))).toBe(false);
    expect(narrows(f('a', { openNow: true }), f('ab', { openNow: true }))).toBe(false);
  });
});

describe('directory model', () => {
  it('gives the same results typing letter by letter as a fresh search, and after deleting', () => {
    const model = createDirectoryModel(services, 'en', () => monday10am);
    const fresh = (query: string) =>
      filterServices(index, { ...NO_FILTERS, query }, monday10am).map((s) => s.id);
    for (const query of ['l', 'li', 'lin', 'line', 'line u', 'line', 'chi', '']) {
      model.set({ query });
      expect(
        model.results.value.map((s) => s.id),
        query,
      ).toEqual(fresh(query));
    }
    model.set({ serves: 'men' });
    expect(model.results.value.map((s) => s.id)).toEqual([
      'mens-line',
      'anyone-line',
      'unknown-hours',
    ]);
    model.clear();
    expect(model.results.value).toHaveLength(services.length);
  });
});
