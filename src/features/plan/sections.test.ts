import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import strings from '../../../locales/en/plan.json';
import pl from '../../../locales/pl/plan.json';
import ur from '../../../locales/ur/plan.json';
import { SERVICE_IDS as DIRECTORY_IDS } from '../../../test/unit/service-ids.ts';
import { ROLES } from '../../regions/schema.ts';
import { guidanceKeys, PRIORITY_IDS, SECTIONS, SERVICE_IDS, sectionsSchema } from './sections.ts';

const national = SERVICE_IDS.filter((id) => !id.startsWith('role:'));

function lookup(key: string): unknown {
  let node: unknown = strings;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const isText = (key: string) =>
  typeof lookup(key) === 'string' && String(lookup(key)).trim() !== '';

describe('plan content is validated data with strings for every id', () => {
  it('has the thirteen sections the plan promises', () => {
    expect(SECTIONS.map((s) => s.id)).toEqual([
      'contacts',
      'home',
      'children',
      'bag',
      'documents',
      'money',
      'pets',
      'tech',
      'evidence',
      'legal',
      'leaving',
      'after',
      'notes',
    ]);
  });

  it('has a title, introduction, every checklist item and every guidance paragraph', () => {
    for (const def of SECTIONS) {
      expect(isText(`sections.${def.id}.title`), def.id).toBe(true);
      expect(isText(`sections.${def.id}.intro`), def.id).toBe(true);
      for (const item of def.items)
        expect(isText(`sections.${def.id}.items.${item}`), item).toBe(true);
      for (const key of guidanceKeys(def)) expect(isText(key), key).toBe(true);
      const extra = lookup(`sections.${def.id}.guidance.g${def.guidance + 1}`);
      expect(extra, `${def.id} has more guidance than its data says`).toBeUndefined();
    }
  });

  it('names every priority and every service a section links to', () => {
    for (const id of PRIORITY_IDS) expect(isText(`priorities.${id}`), id).toBe(true);
    for (const id of national) expect(isText(`services.${id}`), id).toBe(true);
  });

  it('links only to national services in the directory, and to local ones by a known role', () => {
    for (const id of national) expect(DIRECTORY_IDS, id).toContain(id);
    for (const ref of SERVICE_IDS.filter((id) => id.startsWith('role:'))) {
      expect(ROLES as readonly string[], ref).toContain(ref.slice('role:'.length));
    }
  });

  it('names no local service in its strings: names of local services come from the directory', () => {
    for (const [lang, file] of Object.entries({ en: strings, pl, ur })) {
      const local = Object.keys(file.services).filter((id) => !(national as string[]).includes(id));
      expect(local, lang).toEqual([]);
    }
  });

  it('points the legal options to free help with an emergency court order', () => {
    expect(SECTIONS.find((s) => s.id === 'legal')?.services).toContain('ncdv');
  });

  it('uses only short record codes that give nothing away', () => {
    for (const def of SECTIONS) expect(def.code).toMatch(/^s\d+$/);
  });

  it('rejects data with a duplicate section or an unknown service', () => {
    const copy = SECTIONS.map((s) => ({ ...s }));
    expect(v.safeParse(sectionsSchema, [...copy, copy[0]]).success).toBe(false);
    const badService = [{ ...copy[0], services: ['refuge-tech-safety'] }];
    expect(v.safeParse(sectionsSchema, badService).success).toBe(false);
  });
});
