import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/preact';
import { signal } from '@preact/signals';
import { loadNamespace } from '../../i18n/index.ts';
import { db } from '../../storage/db.ts';
import { dumpStorage, freshDb, testVault } from '../../vault/testing.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import { createPlanModel, type PlanModel } from '../plan/plan-model.ts';
import { CheckIn } from './CheckIn.tsx';
import { createCheckInModel, type CheckInModel } from './model.ts';
import type { SaveToPlan } from './save-wiring.ts';
import { SAVED_REFLECTION_ID } from './saved.ts';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

const PASS = 'kettle orbit meadow trumpet';
const SAVE = 'Save this to my plan';

let model: CheckInModel;
let plan: PlanModel;
let vault: VaultImpl;
const showing = signal(false);

beforeAll(async () => {
  await loadNamespace('check-in');
  await loadNamespace('vault');
});
beforeEach(async () => {
  await freshDb();
  vault = testVault().vault;
  plan = createPlanModel(vault);
  showing.value = false;
});
afterEach(() => {
  model.dispose();
  plan.dispose();
  services.navigation.reset();
});

async function reachResults() {
  const deps: SaveToPlan = { vault, save: (saved) => plan.saveReflection(saved), showing };
  model = createCheckInModel();
  render(<CheckIn model={model} save={deps} />);
  fireEvent.click(screen.getByRole('checkbox', { name: /check your phone/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: /control your money/ }));
  fireEvent.click(screen.getByRole('button', { name: 'See what might help' }));
  // Let the offer learn from storage whether a plan exists.
  await act(async () => {
    await vault.refresh();
  });
}

const itemKeys = async () => (await db()).getAllKeys('items');

describe('saving the reflection to the plan', () => {
  test('with no plan on this device, says nothing about saving and stores nothing', async () => {
    await reachResults();
    expect(screen.getByRole('heading', { level: 1, name: 'What might help' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: SAVE })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Keep this in your plan' })).toBeNull();
    expect(await itemKeys()).toEqual([]);
  });

  test('in show mode, offers no save even when a plan exists', async () => {
    await vault.create(PASS);
    showing.value = true;
    await reachResults();
    expect(screen.queryByRole('button', { name: SAVE })).toBeNull();
  });

  test('P12: with a plan, saves one encrypted record of what was ticked, never plain text', async () => {
    await vault.create(PASS);
    await reachResults();
    fireEvent.click(screen.getByRole('button', { name: SAVE }));
    expect(await screen.findByText(/^Saved in your plan/)).toBeTruthy();
    expect(await itemKeys()).toEqual([SAVED_REFLECTION_ID]);
    const stored = await vault.get<{ ticked: string[]; date: string }>(SAVED_REFLECTION_ID);
    expect(stored?.ticked).toEqual(['checks-phone', 'money-control']);
    expect(stored?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dump = await dumpStorage();
    for (const secret of ['checks-phone', 'money-control', stored?.date ?? '', 'check your phone'])
      expect(dump).not.toContain(secret);
    expect(plan.reflection.value?.ticked).toEqual(['checks-phone', 'money-control']);
    fireEvent.click(screen.getByRole('button', { name: 'Open my plan' }));
    expect(services.navigation.current.value).toEqual({ name: 'plan' });
  });

  test('saving again replaces the earlier saved reflection', async () => {
    await vault.create(PASS);
    await reachResults();
    fireEvent.click(screen.getByRole('button', { name: SAVE }));
    await screen.findByText(/^Saved in your plan/);
    fireEvent.click(screen.getByRole('button', { name: 'Change my answers' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /check your phone/ }));
    fireEvent.click(screen.getByRole('button', { name: 'See what might help' }));
    fireEvent.click(await screen.findByRole('button', { name: SAVE }));
    await screen.findByText(/^Saved in your plan/);
    expect(await itemKeys()).toEqual([SAVED_REFLECTION_ID]);
    expect(await vault.get(SAVED_REFLECTION_ID)).toMatchObject({ ticked: ['money-control'] });
  });

  test('a locked plan asks for the passphrase first, then saves', async () => {
    await vault.create(PASS);
    vault.lock();
    await reachResults();
    fireEvent.click(screen.getByRole('button', { name: SAVE }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Enter your passphrase' }),
    ).toBeTruthy();
    expect(await itemKeys()).toEqual([]);
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: PASS } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText(/^Saved in your plan/)).toBeTruthy();
    expect(await vault.get(SAVED_REFLECTION_ID)).toMatchObject({
      ticked: ['checks-phone', 'money-control'],
    });
  });

  test('choosing "Not now" at the passphrase saves nothing', async () => {
    await vault.create(PASS);
    vault.lock();
    await reachResults();
    fireEvent.click(screen.getByRole('button', { name: SAVE }));
    await screen.findByRole('heading', { name: 'Enter your passphrase' });
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.getByRole('button', { name: SAVE })).toBeTruthy();
    expect(await itemKeys()).toEqual([]);
  });
});
