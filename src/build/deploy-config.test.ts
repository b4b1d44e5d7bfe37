import { pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { coverFirstStart, deployConfigSchema } from './deploy-config.ts';

const base = JSON.parse(readFileSync('deploy.config.json', 'utf8')) as Record<string, unknown>;

describe('deploy.config.json coverFirst', () => {
  it('needs a cover and a 4 to 8 digit shared code', () => {
    expect(v.safeParse(deployConfigSchema, { ...base, coverFirst: true }).success).toBe(false);
    const bad = { ...base, coverFirst: true, coverStart: { app: 'calc', code: '12' } };
    expect(v.safeParse(deployConfigSchema, bad).success).toBe(false);
    const good = { ...base, coverFirst: true, coverStart: { app: 'units', code: '2580' } };
    expect(v.safeParse(deployConfigSchema, good).success).toBe(true);
  });

  it('ships only a salted hash of the shared code, and nothing without coverFirst', () => {
    const config = v.parse(deployConfigSchema, {
      ...base,
      coverFirst: true,
      coverStart: { app: 'calc', code: '2580' },
    });
    const start = coverFirstStart(config, 1000);
    expect(start?.app).toBe('calc');
    expect(JSON.stringify(start)).not.toContain('2580');
    const salt = Buffer.from(start?.code.salt ?? '', 'base64');
    expect(pbkdf2Sync('2580', salt, 1000, 32, 'sha256').toString('base64')).toBe(start?.code.hash);
    expect(coverFirstStart(v.parse(deployConfigSchema, base))).toBeNull();
  });
});

describe('deploy.config.json translations', () => {
  it('refuses unreviewed translations and missing text unless the area says otherwise', () => {
    const without = { ...base };
    delete without['translations'];
    const config = v.parse(deployConfigSchema, without);
    expect(config.translations).toEqual({ unreviewed: 'refuse', partial: [] });
  });

  it('accepts only "ship" or "refuse", and partial languages the area offers', () => {
    const set = (translations: unknown) =>
      v.safeParse(deployConfigSchema, { ...base, translations }).success;
    expect(set({ unreviewed: 'ship', partial: ['ur'] })).toBe(true);
    expect(set({ unreviewed: 'maybe', partial: [] })).toBe(false);
    expect(set({ unreviewed: 'ship', partial: ['ro'] })).toBe(false);
    expect(set({ unreviewed: 'ship', partial: ['en'] })).toBe(false);
  });
});
