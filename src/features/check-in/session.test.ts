import { expect, test } from 'vitest';
import { createNavigation } from '../../core/navigation.ts';
import { createCheckInModel } from './model.ts';
import { clearReflectionOnHome, createReflectionHolder } from './session.ts';

test('the reflection survives opening a linked page, and is cleared when home is shown', () => {
  const navigation = createNavigation();
  const checkIn = createCheckInModel();
  const holder = createReflectionHolder();
  expect(holder.get(() => checkIn)).toBe(checkIn);
  expect(holder.get(createCheckInModel)).toBe(checkIn);
  const stop = clearReflectionOnHome(navigation, holder);
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
  stop();
  checkIn.dispose();
});
