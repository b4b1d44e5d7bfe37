import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { DirectoryEntry } from '../../regions/schema.ts';
import { filterServices, indexServices, NO_FILTERS, type Filters } from './filter.ts';

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
  const results = computed(() => filterServices(index, filters.value, clock()));
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
