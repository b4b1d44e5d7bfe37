import { describe, expect, it } from 'vitest';
import { convert } from './converter.ts';

describe('unit converter cover', () => {
  it('converts lengths, weights and volumes', () => {
    expect(convert('length', 1, 'mi', 'km')).toBeCloseTo(1.609344);
    expect(convert('length', 12, 'in', 'ft')).toBeCloseTo(1);
    expect(convert('weight', 1, 'st', 'lb')).toBeCloseTo(14);
    expect(convert('volume', 1, 'gal', 'pt')).toBeCloseTo(8);
  });

  it('converts temperatures, which are not simple factors', () => {
    expect(convert('temperature', 100, 'c', 'f')).toBeCloseTo(212);
    expect(convert('temperature', 32, 'f', 'k')).toBeCloseTo(273.15);
  });

  it('refuses a unit of another kind', () => {
    expect(convert('length', 1, 'kg', 'm')).toBeUndefined();
  });
});
