import { signal } from '@preact/signals';
import { getPref } from '../../storage/prefs.ts';
import { POSTCODE_DISTRICT, type Area } from '../../regions/schema.ts';

/**
 * Which of the deployment's areas the person chose, when one deployment serves several. Stored
 * on the device under the dull name `place`, and only the area's pack id: nothing typed into the
 * postcode field is kept, and the match happens here, on the device, so nothing is sent. Only
 * choose-area.ts writes the choice, so screens that merely read it stay free of writes.
 */
export const chosenAreaId = signal<string | undefined>(undefined);

let restoring: Promise<void> | undefined;

/** Reads the stored choice once; later calls wait for the same read. */
export function restoreAreaChoice(): Promise<void> {
  restoring ??= getPref('place')
    .then((id) => {
      if (typeof id === 'string' && chosenAreaId.value === undefined) chosenAreaId.value = id;
    })
    // No storage (private window, or storage refused): the person chooses each visit.
    .catch(() => undefined);
  return restoring;
}

/** Forgets the choice for this screen, so the person can pick again; the stored one is replaced when they do. */
export function changeArea(): void {
  chosenAreaId.value = undefined;
}

/**
 * The postcode district (outward code) of what the person typed: the whole postcode ("WA10 1AB",
 * "wa101ab") or its first half ("WA10"). Undefined when it is not the shape of one.
 */
export function postcodeDistrict(typed: string): string | undefined {
  const compact = typed.toUpperCase().replace(/\s+/g, ' ').trim();
  const [first = '', second] = compact.split(' ');
  let district = first;
  // A full postcode written without its space: the second half is always a digit and two letters.
  if (second === undefined && /^[A-Z0-9]{5,7}$/.test(first) && /\d[A-Z]{2}$/.test(first)) {
    district = first.slice(0, -3);
  }
  if (second !== undefined && !/^\d[A-Z]{2}$/.test(second)) return undefined;
  return POSTCODE_DISTRICT.test(district) ? district : undefined;
}

/** The areas that list this postcode district: none, one, or two on a boundary. */
export function areasForPostcode(
  areas: readonly Area[],
  typed: string,
): { district: string; areas: Area[] } | undefined {
  const district = postcodeDistrict(typed);
  if (district === undefined) return undefined;
  return { district, areas: areas.filter((a) => a.postcodes.includes(district)) };
}
