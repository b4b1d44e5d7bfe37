import { onDropSensitiveState } from '../../core/sensitive-state.ts';
import { useServices, type Services } from '../../core/services.ts';
import type { Slot } from '../../core/slot.ts';
import { createPlanModel, type PlanModel } from './plan-model.ts';
import { appVault } from './vault-source.ts';

export { appVault };

declare module '../../core/services.ts' {
  interface Services {
    /** The app's one plan model, made by the first screen that needs it. */
    readonly plan: Slot<PlanModel>;
  }
}

/**
 * The app's one plan model, made on first use (so it lives in the plan's lazy chunk) over the
 * app's vault. Quick exit and lock drop it through onDropSensitiveState; the model also drops
 * itself when the vault locks. A test's services hold a model over a fake vault instead.
 */
export function planModelOf(services: Services): PlanModel {
  return services.plan.get(() => {
    const made = createPlanModel(appVault(services));
    onDropSensitiveState(() => made.drop());
    return made;
  });
}

/** The app's plan model, for a component. */
export function usePlanModel(): PlanModel {
  return planModelOf(useServices());
}
