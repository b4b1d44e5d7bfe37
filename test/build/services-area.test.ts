import { describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import { loadDirectory, servicesPlugin } from '../../src/build/services-plugin.ts';
import {
  liveCheckReport,
  staleEntries,
  staleReport,
  unconfirmedEntries,
} from '../../src/build/check-services.ts';

/**
 * A second area is data alone: test/fixtures/regions/example-town.json is a complete area pack.
 * The loader and a real Vite build pick it up with no code change, next to the national packs.
 */
describe('a second area added as data only', () => {
  const options = { areas: ['example-town'], areaDir: 'test/fixtures/regions' };

  it('loads the fixture pack with the national packs', () => {
    const directory = loadDirectory({ root: process.cwd(), ...options });
    expect(directory.areas).toEqual([
      expect.objectContaining({
        id: 'example-town',
        name: { en: 'Example Town', cy: 'Tref Enghreifftiol' },
        postcodes: ['ZZ1', 'ZZ2', 'ZZ9'],
      }),
    ]);
    const ids = directory.services.map((s) => s.id);
    expect(ids).toContain('example-town-outreach');
    expect(ids).toContain('national-da-helpline');
    expect(ids).not.toContain('safe2speak'); // St Helens' pack is not included
  });

  it('builds the directory module from the fixture pack', async () => {
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [servicesPlugin(options)],
      build: {
        write: false,
        rolldownOptions: { input: 'virtual:services', preserveEntrySignatures: 'strict' },
      },
    })) as Rolldown.RolldownOutput;
    const code = output.output.map((o) => ('code' in o ? o.code : '')).join('\n');
    expect(code).toContain('example-town-outreach');
    expect(code).toContain('01632 960000');
    expect(code).not.toContain('01744 743200');
  });

  it('fails the build for an area with no pack', async () => {
    await expect(
      build({
        configFile: false,
        logLevel: 'silent',
        plugins: [servicesPlugin({ areas: ['nowhere'], areaDir: 'test/fixtures/regions' })],
        build: {
          write: false,
          rolldownOptions: { input: 'virtual:services', preserveEntrySignatures: 'strict' },
        },
      }),
    ).rejects.toThrow(/No service pack for area "nowhere"/);
  });

  it('joins two areas into one directory, each keeping its own roles', () => {
    const directory = loadDirectory({
      root: process.cwd(),
      areas: ['example-town', 'sample-vale'],
      areaDir: 'test/fixtures/regions',
    });
    expect(directory.areas.map((a) => [a.id, a.roles['24h-line']])).toEqual([
      ['example-town', 'example-town-nightline'],
      ['sample-vale', 'sample-vale-helpline'],
    ]);
    expect(directory.helplines).toEqual([{ pack: 'uk', id: 'national-da-helpline' }]);
  });

  it('lists entries checked too long ago, as npm run check:services does', () => {
    const directory = loadDirectory({ root: process.cwd(), ...options });
    const stale = staleEntries(directory, new Date('2026-11-22T12:00:00Z'), 180);
    expect(stale.map((s) => s.id)).toEqual(['example-town-old-entry']);
    expect(staleReport(stale, 180)).toMatch(
      /2020-01-01 {2}example-town-old-entry \(example-town\)/,
    );
    expect(staleReport([], 180)).toMatch(/All service entries were checked/);
  });

  it('lists entries with no live check under their own heading, as npm run check:services does', () => {
    const directory = loadDirectory({ root: process.cwd(), ...options });
    const unconfirmed = unconfirmedEntries(directory);
    const ids = unconfirmed.map((s) => s.id);
    expect(ids).toContain('example-town-old-entry');
    expect(ids).not.toContain('example-town-outreach'); // it has a live check
    const report = liveCheckReport(unconfirmed);
    expect(report).toMatch(/^Needs a live check before launch: \d+ service entries\./);
    expect(report).toMatch(
      / {2}example-town-old-entry \(example-town\) {2}https:\/\/example\.org\/old/,
    );
    expect(liveCheckReport([])).toBe('Every service entry has a live check.');
  });
});
