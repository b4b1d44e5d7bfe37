import { describe, expect, it } from 'vitest';
import { allowedEdits, withinEdits } from './fuzzy.ts';

describe('small spelling mistakes', () => {
  it('allows a letter added, left out, changed or two swapped', () => {
    expect(withinEdits('refuj', 'refuge', 2)).toBe(true);
    expect(withinEdits('stalkign', 'stalking', 1)).toBe(true);
    expect(withinEdits('moeny', 'money', 1)).toBe(true);
    expect(withinEdits('helpine', 'helpline', 1)).toBe(true);
    expect(withinEdits('phone', 'phones', 1)).toBe(true);
  });

  it('does not stretch to different words', () => {
    expect(withinEdits('hit', 'him', 0)).toBe(false);
    expect(withinEdits('money', 'honey', 0)).toBe(false);
    expect(withinEdits('court', 'count', allowedEdits(5))).toBe(true);
    expect(withinEdits('refuge', 'refused', 1)).toBe(false);
  });

  it('allows more slips in longer words, none in short ones', () => {
    expect([3, 4, 7, 8].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });
});
