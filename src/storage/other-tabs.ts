/**
 * Tells the app's other open tabs that something stored changed, so each acts on it at once. One
 * channel per page, opened on first use (nothing happens on import). A tab never hears its own
 * messages. The channel name and the messages are as dull as every other stored name:
 *
 * - `k`: the vault's key was replaced or removed (new passphrase, restore, start again, delete)
 * - `l`: the person locked by hand (the vault's "Lock now", the disguise's lock button)
 * - `d`: the disguise was turned on, changed or turned off
 */
export type TabMessage = 'k' | 'l' | 'd';

const MESSAGES: readonly string[] = ['k', 'l', 'd'];

let channel: BroadcastChannel | null | undefined;
const listeners = new Set<(message: TabMessage) => void>();

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('tools') : null;
  channel?.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'string' || !MESSAGES.includes(data)) return;
    for (const listener of listeners) {
      try {
        listener(data as TabMessage);
      } catch {
        // One listener failing must not stop the others (a lock must still happen).
      }
    }
  });
  return channel;
}

export function tellOtherTabs(message: TabMessage): void {
  try {
    open()?.postMessage(message);
  } catch {
    // A closed channel (the page is going away) has no one left to tell.
  }
}

/** Calls `listener` for every message from another tab. Returns a function that stops it. */
export function onOtherTabs(listener: (message: TabMessage) => void): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
