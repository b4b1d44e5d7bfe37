import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { DirectoryEntry } from '../../regions/schema.ts';
import {
  filterIndexed,
  indexServices,
  narrows,
  NO_FILTERS,
  type Filters,
  type Indexed,
} from './filter.ts';

export interface DirectoryModel {
  readonly filters: ReadonlySignal<Filters>;
  readonly results: ReadonlySignal<DirectoryEntry[]>;
  set(change: Partial<Filters>): void;
  clear(): void;
}

/**
 * The directory screen's state: the filters and the services that match them. `clock` gives the
 * moment "open now" uses; a test passes a fixed one.
 */
export function createDirectoryModel(
  services: readonly DirectoryEntry[],
  lang: string,
  clock: () => Date = () => new Date(),
): DirectoryModel {
  const index = indexServices(services, lang);
  const filters = signal<Filters>(NO_FILTERS);
  // Typing one more letter only needs to look through the services that matched before it.
  let last: { filters: Filters; matched: Indexed[] } | undefined;
  const results = computed(() => {
    const next = filters.value;
    const from = last && narrows(last.filters, next) ? last.matched : index;
    const matched = filterIndexed(from, next, clock());
    last = { filters: next, matched };
    return matched.map((i) => i.service);
  });
  return {
    filters,
    results,
    set(change) {
      filters.value = { ...filters.value, ...change };
    },
    clear() {
      filters.value = NO_FILTERS;
    },
  };
}
