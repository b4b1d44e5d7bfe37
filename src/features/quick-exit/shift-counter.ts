/**
 * Counts Shift presses for the keyboard quick exit, following GOV.UK Frontend's "Exit this page":
 * three presses of Shift on its own, each within `timeoutMs` of the last, trigger the exit. Shift
 * used as a modifier (capitals, Shift+A) does not count, and any other key starts again. Esc is
 * deliberately not a shortcut: it already means "close" and GOV.UK's research found it misfires.
 */
export interface ShiftCounterOptions {
  timeoutMs: number;
  onProgress(pressesLeft: 2 | 1): void;
  onTimeout(): void;
  onReset(): void;
  onTrigger(): void;
  setTimer(fn: () => void, ms: number): number;
  clearTimer(id: number): void;
}

export interface KeyUpLike {
  key: string;
  shiftKey: boolean;
}

export function createShiftCounter(options: ShiftCounterOptions): (event: KeyUpLike) => void {
  let presses = 0;
  let timer: number | undefined;
  // Typing a capital fires keyup for the letter (shiftKey true) and then for Shift itself:
  // that Shift keyup must not count.
  let lastKeyWasModified = false;

  const stopTimer = (): void => {
    if (timer !== undefined) options.clearTimer(timer);
    timer = undefined;
  };

  const reset = (): void => {
    const wasCounting = presses > 0;
    presses = 0;
    stopTimer();
    if (wasCounting) options.onReset();
  };

  return (event) => {
    if (event.key === 'Shift' && !lastKeyWasModified) {
      presses += 1;
      stopTimer();
      if (presses >= 3) {
        presses = 0;
        options.onTrigger();
        return;
      }
      options.onProgress(presses === 1 ? 2 : 1);
      timer = options.setTimer(() => {
        presses = 0;
        timer = undefined;
        options.onTimeout();
      }, options.timeoutMs);
    } else if (event.key !== 'Shift') {
      reset();
    }
    lastKeyWasModified = event.shiftKey && event.key !== 'Shift';
  };
}
