/**
 * PBKDF2-HMAC-SHA256 through WebCrypto: the vault's fallback key derivation (kdf.ts) and the
 * disguise's unlock-code hash (src/features/disguise/code-hash.ts) share this one copy. It imports
 * nothing, so the disguise can keep it in the first chunk without pulling in the rest of the vault.
 */
export async function pbkdf2Derive(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}
