import { signal, type ReadonlySignal } from '@preact/signals';

/**
 * Show mode: a professional shows the app to a person who has just told them about abuse, often
 * on a work or shared device. While it is on, nothing may be saved: every storage write is refused
 * (src/storage/write-guard.ts) and screens that store things say they are off.
 *
 * The mode lives only in memory. It is never written anywhere, so a reload, quick exit or lock
 * always comes back in the ordinary mode and the device keeps no sign that it was used.
 */
export interface ShowModeModel {
  readonly active: ReadonlySignal<boolean>;
  /** Turns show mode on and blocks every storage write. */
  enter(): void;
  /** Turns show mode off and lets storage write again. */
  leave(): void;
}

/**
 * `blockWrites` is storage's switch (src/storage/write-guard.ts), passed in by the composition
 * root so core imports nothing above it.
 */
export function createShowModeModel(blockWrites: (on: boolean) => void): ShowModeModel {
  const active = signal(false);
  return {
    active,
    enter() {
      // Block first, so there is no moment when the mode shows as on and a write could still land.
      blockWrites(true);
      active.value = true;
    },
    leave() {
      active.value = false;
      blockWrites(false);
    },
  };
}
