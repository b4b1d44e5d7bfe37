import { setPref } from '../../storage/prefs.ts';
import { chosenAreaId } from './area-choice.ts';

/**
 * Remembers the person's area (its pack id only). Where storage refuses the write (show mode, a
 * private window), the choice is kept in memory and lasts for this visit.
 */
export async function chooseArea(id: string): Promise<void> {
  chosenAreaId.value = id;
  await setPref('place', id).catch(() => undefined);
}
