import { onDropSensitiveState } from '../../core/sensitive-state.ts';
import { createPlanModel, type PlanModel } from './plan-model.ts';
import { vault } from './vault-source.ts';

/**
 * The app's one plan model, made on first use (so it lives in the plan's lazy chunk). Quick exit
 * and lock drop it through onDropSensitiveState; the model also drops itself when the vault locks.
 */
let model: PlanModel | undefined;

export function planModel(): PlanModel {
  if (!model) {
    const made = createPlanModel(vault);
    onDropSensitiveState(() => made.drop());
    model = made;
  }
  return model;
}
