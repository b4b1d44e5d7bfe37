/**
 * Builds a real backup file in Node, as another device would have made it: Argon2id at the
 * vault's own settings (hash-wasm), AES-256-GCM from Node's WebCrypto, and the same file format
 * code the app uses. Importing it in the browser proves files move between devices.
 */
import { argon2Derive } from '../../src/vault/argon2.ts';
import { copy, importAesKey, randomBytes, seal, sealJson } from '../../src/vault/crypto.ts';
import { argon2Params } from '../../src/vault/kdf.ts';
import {
  backupAad,
  encodeBackup,
  encodeBackupV1,
  wrapAad,
  type KeyHeader,
} from '../../src/vault/backup-format.ts';

/** A backup file in today's format, or (`version: 1`) in the older one earlier releases wrote. */
export async function makeBackup(
  passphrase: string,
  records: { id: string; value: unknown }[],
  version: 1 | 2 = 2,
): Promise<string> {
  const kdf = argon2Params(randomBytes(16));
  if (kdf.alg !== 'argon2id') throw new Error('unexpected settings');
  const kekBytes = await argon2Derive(
    new TextEncoder().encode(passphrase),
    kdf.salt,
    kdf.m,
    kdf.t,
    kdf.p,
  );
  const kek = await importAesKey(kekBytes);
  const raw = randomBytes(32);
  const wrap = await seal(kek, copy(raw), wrapAad(kdf));
  const dek = await importAesKey(raw);
  const header: KeyHeader = { v: 1, kdf, wrap };
  const payload = { items: records.map(({ id, value }) => [id, value]) };
  const encode = version === 1 ? encodeBackupV1 : encodeBackup;
  return encode(header, await sealJson(dek, payload, backupAad(header, version)));
}
