import { describe, expect, test } from 'vitest';
import { dropSensitiveState } from '../../core/sensitive-state.ts';
import { createCheckInModel } from './model.ts';

describe('check-in model: answers only in memory', () => {
  test('ticking everyday statements gives their topics, in results order, with no danger step', () => {
    const model = createCheckInModel();
    model.setTicked('money-control', true);
    model.setTicked('afraid', true);
    model.setTicked('work-stopped', true);
    expect(model.topics.value).toEqual(['fear', 'money']);
    expect(model.dangerSigns.value).toEqual([]);
    model.finish();
    expect(model.step.value).toBe('results');
    model.dispose();
  });

  test('any danger sign leads to the danger step first', () => {
    const model = createCheckInModel();
    model.setTicked('put-down', true);
    model.setTicked('weapon', true);
    model.setTicked('strangled', true);
    expect(model.dangerSigns.value).toEqual(['strangled', 'weapon']);
    model.finish();
    expect(model.step.value).toBe('danger');
    model.showResults();
    expect(model.step.value).toBe('results');
    model.dispose();
  });

  test('unticking removes an answer', () => {
    const model = createCheckInModel();
    model.setTicked('tracks', true);
    model.setTicked('tracks', false);
    expect(model.ticked.value.size).toBe(0);
    expect(model.topics.value).toEqual([]);
    model.dispose();
  });

  test('quick exit and lock clear every answer in the same task (spec 2: in-memory state dropped)', () => {
    const model = createCheckInModel();
    model.setTicked('hurts', true);
    model.setTicked('separation', true);
    model.finish();
    dropSensitiveState();
    expect(model.ticked.value.size).toBe(0);
    expect(model.step.value).toBe('questions');
    model.dispose();
  });

  test('dispose clears and stops listening', () => {
    const model = createCheckInModel();
    model.setTicked('jealous', true);
    model.dispose();
    expect(model.ticked.value.size).toBe(0);
    model.setTicked('jealous', true);
    dropSensitiveState();
    expect(model.ticked.value.size).toBe(1);
  });
});
