import { describe, expect, it } from 'vitest';
import { emptyCalc, evaluate, press, type CalcKey, type CalcState } from './calculator.ts';

const type = (keys: CalcKey[], from: CalcState = emptyCalc): CalcState => keys.reduce(press, from);
const split = (text: string): CalcKey[] => Array.from(text) as CalcKey[];

describe('calculator cover', () => {
  it('adds, subtracts and respects × and ÷ before + and −', () => {
    expect(type(split('12+30=')).display).toBe('42');
    expect(type(split('2+3×4=')).display).toBe('14');
    expect(type(split('10−4÷2=')).display).toBe('8');
    expect(type(split('0.1+0.2=')).display).toBe('0.3');
  });

  it('handles percent, negatives, leading zeros and delete', () => {
    expect(type(split('50%×80=')).display).toBe('40');
    expect(type(split('−5+2=')).display).toBe('−3');
    expect(type(split('6×−2=')).display).toBe('−12');
    expect(type(split('007')).display).toBe('7');
    expect(type([...split('123'), '⌫']).display).toBe('12');
  });

  it('shows an error for division by zero and starts again on the next key', () => {
    const error = type(split('5÷0='));
    expect(error.error).toBe(true);
    expect(type(split('2'), error).display).toBe('2');
  });

  it('keeps a result to carry on with, and starts a new sum on a digit', () => {
    const result = type(split('6×7='));
    expect(result.history).toBe('6×7');
    expect(type(split('+1='), result).display).toBe('43');
    expect(type(split('9'), result).display).toBe('9');
  });

  it('remembers exactly the keys since the last equals, leading zeros included', () => {
    const state = type(split('0123'));
    expect(state.display).toBe('123');
    expect(state.keys).toBe('0123');
    expect(type(split('=')).keys).toBe('');
  });

  it('ignores an operator with nothing before it and a second decimal point', () => {
    expect(type(split('×5')).display).toBe('5');
    expect(type(split('1.2.3')).display).toBe('1.23');
    expect(evaluate('')).toBeUndefined();
  });
});
