/**
 * Test helpers for the vault (imported by tests only). The fake KDF is fast and deterministic, so
 * thousands of property-test cases never run Argon2id; the real KDF has its own known-answer test.
 */
import { IDBFactory } from 'fake-indexeddb';
import * as store from '../storage/vault-store.ts';
import { closeDb } from '../storage/db.ts';
import { canonicalKdf, KdfUnavailableError, type Derive, type KdfParams } from './kdf.ts';
import { createVault, type VaultDeps, type VaultImpl } from './vault.ts';

export const CANARY = 'ZEBRA-CANARY-7731';

export interface FakeKdf {
  derive: Derive;
  calls: KdfParams[];
  /** When true, Argon2id reports it cannot run here (as without WebAssembly). */
  noArgon2: boolean;
}

export function fakeKdf(): FakeKdf {
  const kdf: FakeKdf = {
    calls: [],
    noArgon2: false,
    derive: async (passphrase, params) => {
      kdf.calls.push(params);
      if (params.alg === 'argon2id' && kdf.noArgon2) throw new KdfUnavailableError('no wasm');
      const input = new TextEncoder().encode(JSON.stringify([passphrase, canonicalKdf(params)]));
      return new Uint8Array(await crypto.subtle.digest('SHA-256', input));
    },
  };
  return kdf;
}

export async function freshDb(): Promise<void> {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
}

export function testVault(
  kdf: FakeKdf = fakeKdf(),
  extra: Partial<VaultDeps> = {},
): { vault: VaultImpl; kdf: FakeKdf } {
  return { vault: createVault({ derive: kdf.derive, store, ...extra }), kdf };
}

/** Every stored value in every store, as text (binary as latin1 and base64), for canary checks. */
export async function dumpStorage(): Promise<string> {
  const { db } = await import('../storage/db.ts');
  const database = await db();
  const parts: string[] = [];
  const show = (value: unknown): string =>
    JSON.stringify(value, (_k, v: unknown) => {
      if (v instanceof Uint8Array) {
        const latin1 = String.fromCharCode(...v);
        return `${latin1} ${btoa(latin1)} ${new TextDecoder().decode(v)}`;
      }
      return v;
    });
  for (const name of ['prefs', 'items', 'meta'] as const) {
    const keys = await database.getAllKeys(name);
    const values = await database.getAll(name);
    parts.push(show(keys), show(values));
  }
  return parts.join('\n');
}
