// WARNING: part of the first chunk (cover). Keep it small.

/** A unit converter that really converts. Factors are to the base unit of each kind. */
export const KINDS = {
  length: { m: 1, km: 1000, cm: 0.01, mm: 0.001, mi: 1609.344, yd: 0.9144, ft: 0.3048, in: 0.0254 },
  weight: { kg: 1, g: 0.001, lb: 0.45359237, oz: 0.028349523125, st: 6.35029318 },
  volume: { l: 1, ml: 0.001, pt: 0.56826125, gal: 4.54609, cup: 0.25, tsp: 0.005, tbsp: 0.015 },
  temperature: { c: 1, f: 1, k: 1 },
} as const;

export type Kind = keyof typeof KINDS;
export type Unit<K extends Kind = Kind> = keyof (typeof KINDS)[K] & string;

function toCelsius(value: number, unit: string): number {
  if (unit === 'f') return ((value - 32) * 5) / 9;
  if (unit === 'k') return value - 273.15;
  return value;
}

function fromCelsius(value: number, unit: string): number {
  if (unit === 'f') return (value * 9) / 5 + 32;
  if (unit === 'k') return value + 273.15;
  return value;
}

/** Converts `value` between two units of the same kind; undefined for a unit it does not know. */
export function convert(kind: Kind, value: number, from: string, to: string): number | undefined {
  if (kind === 'temperature') return fromCelsius(toCelsius(value, from), to);
  const factors = KINDS[kind] as Record<string, number>;
  const a = factors[from];
  const b = factors[to];
  if (a === undefined || b === undefined) return undefined;
  return (value * a) / b;
}
