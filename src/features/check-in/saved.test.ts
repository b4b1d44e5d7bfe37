import { beforeEach, describe, expect, test } from 'vitest';
import { exportBackup, importBackup } from '../../vault/backup.ts';
import { ID_PATTERN } from '../../vault/backup-format.ts';
import { dumpStorage, freshDb, testVault } from '../../vault/testing.ts';
import { createPlanModel } from '../plan/plan-model.ts';
import { parseSavedReflection, SAVED_REFLECTION_ID, savedReflectionOf } from './saved.ts';

const PASS = 'lantern pebble harbour mint';

beforeEach(freshDb);

describe('the saved reflection record', () => {
  test('has a short, dull id that says nothing about what it holds', () => {
    expect(SAVED_REFLECTION_ID).toMatch(ID_PATTERN);
    expect(SAVED_REFLECTION_ID.length).toBeLessThanOrEqual(4);
    expect(SAVED_REFLECTION_ID).not.toMatch(/reflect|check|abuse|answer|tick/i);
  });

  test('keeps only ids in the reflection, in its order, and the local day', () => {
    const saved = savedReflectionOf(['stalked', 'cut-off'], new Date(2025, 2, 4, 23, 30));
    expect(saved).toEqual({ ticked: ['cut-off', 'stalked'], date: '2025-03-04' });
  });

  test('reads back only what it recognises', () => {
    expect(
      parseSavedReflection({ ticked: ['cut-off', 'not-a-statement'], date: '2025-03-04' }),
    ).toEqual({ ticked: ['cut-off'], date: '2025-03-04' });
    expect(parseSavedReflection({ ticked: [], date: '2025-03-04' })).toBeUndefined();
    expect(parseSavedReflection({ ticked: ['cut-off'], date: 'soon' })).toBeUndefined();
    expect(parseSavedReflection('cut-off')).toBeUndefined();
  });

  test('P27: travels in the encrypted backup and comes back in the restored plan', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    const plan = createPlanModel(vault);
    const saved = { ticked: savedReflectionOf(['weapon']).ticked, date: '2025-03-04' };
    expect(await plan.saveReflection(saved)).toEqual({ ok: true });
    const file = await exportBackup(vault);
    expect(file.text).not.toContain('weapon');
    plan.dispose();
    await vault.destroy();

    const other = testVault().vault;
    await other.refresh();
    expect(await importBackup(other, file.text, PASS)).toEqual({ ok: true, count: 1 });
    expect(await dumpStorage()).not.toContain('weapon');
    const restored = createPlanModel(other);
    await restored.load();
    expect(restored.reflection.value).toEqual(saved);
    restored.dispose();
  });
});
