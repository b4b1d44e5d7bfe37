import { describe, expect, it } from 'vitest';
import { parsePack, type Pack } from './schema.ts';
import { applyOverlays } from './translations.ts';

const pack: Pack = parsePack(
  {
    name: { en: 'Test' },
    services: [
      {
        id: 'test-line',
        name: { en: 'Test line' },
        offers: { en: 'Someone to talk to.' },
        steps: [{ en: 'Call.' }, { en: 'Say where you are.' }],
        serves: ['anyone'],
        needs: ['talk'],
        channels: [
          { type: 'phone', number: '0808 2000 247', hours: '24/7', label: { en: 'Day' } },
          { type: 'web', url: 'https://example.org' },
        ],
        coverage: ['uk'],
        sources: ['https://example.org/source'],
        checked: '2026-11-22',
        confidence: 'high',
      },
    ],
  },
  'test.json',
  'national',
);

const FILE = 'src/regions/translations/ur/test.json';
const merge = (services: unknown, packId = 'test', needsReview = true) =>
  applyOverlays(
    new Map([['test', pack]]),
    [{ file: FILE, lang: 'ur', packId, data: { needsReview, services } }],
    new Set(['test', 'other-area']),
  );

describe('directory translations (overlays)', () => {
  it('adds the words in the language and keeps numbers, addresses and English', () => {
    const { packs, unreviewed } = merge({
      'test-line': {
        name: 'ٹیسٹ لائن',
        steps: ['کال کریں۔', 'بتائیں آپ کہاں ہیں۔'],
        channels: { '0': { label: 'دن' } },
      },
    });
    const service = packs.get('test')?.services[0];
    expect(service?.name).toEqual({ en: 'Test line', ur: 'ٹیسٹ لائن' });
    expect(service?.offers).toEqual({ en: 'Someone to talk to.' });
    expect(service?.steps?.[1]).toEqual({ en: 'Say where you are.', ur: 'بتائیں آپ کہاں ہیں۔' });
    expect(service?.channels[0]).toMatchObject({ number: '0808 2000 247', label: { ur: 'دن' } });
    expect(service?.channels[1]).toEqual({ type: 'web', url: 'https://example.org' });
    expect(unreviewed).toEqual({ ur: ['test'] });
    expect(pack.services[0]?.name).toEqual({ en: 'Test line' }); // the input is not changed
  });

  it('records nothing to review once a native speaker has checked the file', () => {
    expect(merge({}, 'test', false).unreviewed).toEqual({});
  });

  it('fails, naming the file, on an unknown pack or entry', () => {
    expect(() => merge({}, 'nowhere')).toThrow(`${FILE}: there is no service pack "nowhere"`);
    expect(() => merge({ 'no-such-line': { name: 'x' } })).toThrow(
      `${FILE}: pack "test" has no service "no-such-line"`,
    );
  });

  it('skips an overlay for another area that is not being deployed', () => {
    expect(merge({ anything: {} }, 'other-area').packs.get('test')).toBe(pack);
  });

  it('fails on a steps list of another length than the English', () => {
    expect(() => merge({ 'test-line': { steps: ['کال کریں۔'] } })).toThrow(
      `${FILE}: [test-line] has 1 steps; the English has 2`,
    );
  });

  it('fails on a number, an id or any field that is not words', () => {
    expect(() => merge({ 'test-line': { channels: { '0': { number: '999' } } } })).toThrow(FILE);
    expect(() => merge({ 'test-line': { id: 'other' } })).toThrow(FILE);
    expect(() => merge({ 'test-line': { channels: { '5': { label: 'x' } } } })).toThrow(
      'has no channel 5',
    );
    expect(() => merge({ 'test-line': { channels: { '1': { label: 'x' } } } })).toThrow(
      'no English label',
    );
    expect(() => merge({ 'test-line': { name: ' ' } })).toThrow('text must not be empty');
  });
});
