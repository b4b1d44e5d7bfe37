import { describe, expect, it } from 'vitest';
import { joinPacks, parsePack, type AreaPack } from './schema.ts';

/** A valid entry; each test breaks one thing. */
function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-line',
    name: { en: 'Test line' },
    offers: { en: 'Someone to talk to.' },
    serves: ['anyone'],
    needs: ['talk'],
    channels: [
      { type: 'phone', number: '0808 2000 247', hours: '24/7' },
      { type: 'web', url: 'https://example.org' },
    ],
    coverage: ['uk'],
    sources: ['https://example.org/source'],
    checked: '2026-11-22',
    confidence: 'high',
    ...overrides,
  };
}

const pack = (...services: unknown[]) => ({ name: { en: 'Test' }, services });
const parse = (data: unknown) => () => parsePack(data, 'test.json', 'national');

describe('service pack schema', () => {
  it('accepts a complete entry', () => {
    expect(parsePack(pack(entry()), 'test.json', 'national').services[0]?.id).toBe('test-line');
  });

  it('fails on a missing source, naming the file and the entry', () => {
    const noSources = entry();
    delete noSources['sources'];
    expect(parse(pack(noSources))).toThrow(/test\.json[\s\S]*\[test-line\] services\.0\.sources/);
    expect(parse(pack(entry({ sources: [] })))).toThrow(/a source is required/);
  });

  it('fails on a missing or malformed checked date', () => {
    const noChecked = entry();
    delete noChecked['checked'];
    expect(parse(pack(noChecked))).toThrow(/checked/);
    expect(parse(pack(entry({ checked: '22/11/2026' })))).toThrow(/checked is YYYY-MM-DD/);
  });

  it('accepts an entry with or without a live check, and fails on a malformed one', () => {
    expect(
      parsePack(pack(entry()), 'test.json', 'national').services[0]?.liveChecked,
    ).toBeUndefined();
    expect(
      parsePack(pack(entry({ liveChecked: '2026-12-01' })), 'test.json', 'national').services[0]
        ?.liveChecked,
    ).toBe('2026-12-01');
    expect(parse(pack(entry({ liveChecked: '1 Dec 2026' })))).toThrow(/liveChecked is YYYY-MM-DD/);
  });

  it.each([
    ['a missing digit (the misprint seen in a leaflet)', '0808 200 247'],
    ['dashes', '0808-2000-247'],
    ['letters', '0808 2000 24O'],
    ['two spaces', '0808  2000 247'],
    ['too many digits', '0808 2000 2477'],
    ['44 without +', '44 20 7008 0151'],
    ['empty', ''],
  ])('fails on a malformed number: %s', (_, number) => {
    const bad = entry({ channels: [{ type: 'phone', number, hours: '24/7' }] });
    expect(parse(pack(bad))).toThrow(/malformed phone number/);
  });

  it('fails on an unknown tag', () => {
    expect(parse(pack(entry({ serves: ['everyone'] })))).toThrow(/unknown "serves" tag/);
    expect(parse(pack(entry({ needs: ['money'] })))).toThrow(/unknown "needs" tag/);
    expect(parse(pack(entry({ coverage: ['europe'] })))).toThrow(/unknown coverage/);
  });

  it('fails on a web address that is not https', () => {
    const http = entry({ channels: [{ type: 'web', url: 'http://example.org' }] });
    expect(parse(pack(http))).toThrow(/https/);
    const js = entry({ channels: [{ type: 'web', url: 'javascript:alert(1)' }] });
    expect(parse(pack(js))).toThrow(/https|web address/);
    expect(parse(pack(entry({ sources: ['http://example.org'] })))).toThrow(/https/);
  });

  it('fails on a duplicate id, within a pack or across packs', () => {
    const one = parsePack(areaPack(entry()), 'a.json', 'area');
    const two = parsePack(pack(entry()), 'b.json', 'national');
    expect(() => joinPacks([{ id: 'area', pack: one }], [{ id: 'uk', pack: two }])).toThrow(
      /Duplicate service id "test-line" in packs "uk" and "area"/,
    );
    const twice: AreaPack = { ...one, services: [...one.services, ...one.services] };
    expect(() => joinPacks([{ id: 'area', pack: twice }], [])).toThrow(/Duplicate service id/);
    const other: AreaPack = { ...one, services: one.services.map((e) => ({ ...e })) };
    expect(() =>
      joinPacks(
        [
          { id: 'area', pack: one },
          { id: 'next-door', pack: other },
        ],
        [],
      ),
    ).toThrow(/in packs "area" and "next-door"/);
  });

  it('fails on low or unverified confidence: those facts never ship', () => {
    expect(parse(pack(entry({ confidence: 'low' })))).toThrow(/only high or medium/);
    expect(parse(pack(entry({ confidence: 'not verified' })))).toThrow(/only high or medium/);
  });

  it('fails on text without English, and on an unknown field', () => {
    expect(parse(pack(entry({ name: { cy: 'Llinell' } })))).toThrow(/English text is required/);
    expect(parse(pack(entry({ address: '1 High Street' })))).toThrow(/address/);
  });

  it('fails on malformed opening hours', () => {
    const hours = (h: unknown) => entry({ channels: [{ type: 'phone', number: '101', hours: h }] });
    expect(parse(pack(hours({ weekly: [{ days: ['mon'], from: '9am', to: '17:00' }] })))).toThrow(
      /HH:MM/,
    );
    expect(parse(pack(hours({ weekly: [{ days: ['mon'], from: '17:00', to: '09:00' }] })))).toThrow(
      /end after it starts/,
    );
    expect(
      parse(pack(hours({ weekly: [{ days: ['monday'], from: '09:00', to: '17:00' }] }))),
    ).toThrow();
  });

  it('fails on an entry with no way to reach it and no steps', () => {
    expect(parse(pack(entry({ channels: [] })))).toThrow(/a way to reach it or steps/);
  });
});

const areaPack = (...services: unknown[]) => ({
  name: { en: 'Test Town' },
  nation: 'england',
  postcodes: ['TT1', 'TT12'],
  roles: { 'da-service': 'test-line' },
  services,
});
const parseArea = (data: unknown) => () => parsePack(data, 'areas/test-town.json', 'area');

describe('area pack schema', () => {
  it('accepts an area with its name, nation, postcode districts and roles', () => {
    expect(parsePack(areaPack(entry()), 'a.json', 'area').roles).toEqual({
      'da-service': 'test-line',
    });
  });

  it('needs postcode districts, each the first half of a postcode, naming the file and field', () => {
    expect(parseArea({ ...areaPack(entry()), postcodes: [] })).toThrow(
      /areas\/test-town\.json is not valid:\n {2}postcodes: list the postcode districts/,
    );
    expect(parseArea({ ...areaPack(entry()), postcodes: ['TT1 2AB'] })).toThrow(
      /postcodes\.0: a postcode district is its first half/,
    );
    const noPostcodes: Record<string, unknown> = areaPack(entry());
    delete noPostcodes['postcodes'];
    expect(parseArea(noPostcodes)).toThrow(/postcodes/);
  });

  it('refuses an unknown role, and a role that points to an entry the pack does not have', () => {
    expect(parseArea({ ...areaPack(entry()), roles: { 'da-servise': 'test-line' } })).toThrow(
      /roles: unknown role/,
    );
    expect(parseArea({ ...areaPack(entry()), roles: { 'da-service': 'nowhere' } })).toThrow(
      /roles\.da-service: "nowhere" is not an entry in this pack/,
    );
  });

  it('refuses the national helpline role in an area pack, and area roles in a national one', () => {
    expect(
      parseArea({ ...areaPack(entry()), roles: { 'national-helpline': 'test-line' } }),
    ).toThrow(/unknown role/);
    expect(parse({ ...pack(entry()), roles: { 'da-service': 'test-line' } })).toThrow(
      /unknown role/,
    );
  });
});

describe('the shipped packs', () => {
  const files = Object.entries(
    import.meta.glob<unknown>(['./national/*.json', './areas/*.json'], {
      eager: true,
      import: 'default',
    }),
  );

  it('finds the national and area packs', () => {
    expect(files.map(([file]) => file)).toContain('./areas/st-helens.json');
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s is valid', (file, data) => {
    const kind = file.startsWith('./areas/') ? 'area' : 'national';
    expect(() => parsePack(data, file, kind as 'area')).not.toThrow();
  });

  it('never publish a postal address (refuge addresses are confidential)', () => {
    for (const [file, data] of files) {
      expect(JSON.stringify(data), file).not.toMatch(/\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b/);
    }
  });
});
