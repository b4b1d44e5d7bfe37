import type { ReadonlySignal } from '@preact/signals';
import type { SaveResult } from '../../vault/types.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import type { Services } from '../../core/services.ts';
import { appVault, planModelOf } from '../plan/plan-store.ts';
import type { SavedReflection } from './saved.ts';

/** What saving a reflection to the plan needs. Tests pass their own. */
export interface SaveToPlan {
  /** The plan's encrypted vault: the offer shows only when it exists on this device. */
  vault: VaultImpl;
  /** Writes the one saved reflection, replacing any saved before. */
  save(saved: SavedReflection): Promise<SaveResult>;
  /** Show mode: nothing may be saved, so nothing is offered. */
  showing: ReadonlySignal<boolean>;
}

/**
 * The one wiring point between the reflection and the plan: the app's vault, the plan's own
 * model (so the plan shows the saved reflection at once) and show mode (from the services).
 */
export function saveToPlan(services: Services): SaveToPlan {
  return {
    vault: appVault(services),
    save: (saved) => planModelOf(services).saveReflection(saved),
    showing: services.showMode.active,
  };
}
