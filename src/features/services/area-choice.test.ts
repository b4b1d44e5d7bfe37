import { describe, expect, it } from 'vitest';
import type { Area } from '../../regions/schema.ts';
import { areasForPostcode, postcodeDistrict } from './area-choice.ts';

const area = (id: string, postcodes: string[]): Area => ({
  id,
  name: { en: id },
  nation: 'england',
  postcodes,
  roles: {},
});
const areas = [area('north', ['ZZ1', 'ZZ9']), area('south', ['ZZ3', 'ZZ9'])];

describe('finding the area from a postcode, on the device', () => {
  it('reads the first half from a whole postcode or from the first half alone', () => {
    expect(postcodeDistrict('WA10')).toBe('WA10');
    expect(postcodeDistrict(' wa10 1ab ')).toBe('WA10');
    expect(postcodeDistrict('WA101AB')).toBe('WA10');
    expect(postcodeDistrict('ec1a 1bb')).toBe('EC1A');
    expect(postcodeDistrict('L35')).toBe('L35');
  });

  it('refuses what is not a postcode', () => {
    expect(postcodeDistrict('')).toBeUndefined();
    expect(postcodeDistrict('not a postcode')).toBeUndefined();
    expect(postcodeDistrict('123')).toBeUndefined();
    expect(postcodeDistrict('WA10 ABC')).toBeUndefined();
  });

  it('finds one area, both areas on a boundary, or none', () => {
    expect(areasForPostcode(areas, 'zz1 2ab')?.areas.map((a) => a.id)).toEqual(['north']);
    expect(areasForPostcode(areas, 'ZZ9')?.areas.map((a) => a.id)).toEqual(['north', 'south']);
    expect(areasForPostcode(areas, 'ZZ7')).toEqual({ district: 'ZZ7', areas: [] });
    expect(areasForPostcode(areas, '??')).toBeUndefined();
  });
});
