import { expect, test } from 'vitest';
import { navigation } from '../../core/navigation.ts';
import { checkIn } from './session.ts';

test('the reflection survives opening a linked page, and is cleared when home is shown', () => {
  navigation.go('check-in');
  checkIn.setTicked('afraid', true);
  checkIn.finish();
  navigation.go('page', { slug: 'coercive-control' });
  navigation.back();
  expect(checkIn.ticked.value.has('afraid')).toBe(true);
  expect(checkIn.step.value).toBe('results');
  navigation.reset();
  expect(checkIn.ticked.value.size).toBe(0);
  expect(checkIn.step.value).toBe('questions');
});
