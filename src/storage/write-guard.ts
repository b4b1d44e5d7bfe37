/**
 * Show mode (a professional showing the app to someone) must write nothing to the device. While
 * writes are blocked, every write function in src/storage/ refuses before it opens a transaction.
 */
let blocked = false;

export class WritesBlockedError extends Error {
  override name = 'WritesBlockedError';
}

export function blockWrites(on: boolean): void {
  blocked = on;
}

export function writesBlocked(): boolean {
  return blocked;
}

/** Call first in every storage function that writes or deletes. */
export function assertWritable(): void {
  if (blocked) throw new WritesBlockedError('Nothing is saved in this mode');
}
