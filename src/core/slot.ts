/**
 * A service the composition root names but does not make: the module that makes it loads lazily
 * (it would not fit in the first chunk), so the first screen that needs it makes it, once per
 * services object. A test puts a fake in (`createSlot(fake)`) and nothing is made.
 */
export interface Slot<T> {
  get(make: () => T): T;
}

export function createSlot<T>(given?: T): Slot<T> {
  let value = given;
  return { get: (make) => (value ??= make()) };
}
