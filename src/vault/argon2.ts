import { argon2id } from 'hash-wasm';

/**
 * Argon2id through hash-wasm (WebAssembly). In the app this runs only inside kdf-worker.ts, so the
 * 64 MiB of work never blocks the page; tests call it directly for the known-answer check.
 */
export async function argon2Derive(
  password: Uint8Array,
  salt: Uint8Array,
  m: number,
  t: number,
  p: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const out = await argon2id({
    password,
    salt,
    iterations: t,
    parallelism: p,
    memorySize: m,
    hashLength: 32,
    outputType: 'binary',
  });
  const copy = new Uint8Array(out.length);
  copy.set(out);
  out.fill(0);
  return copy;
}
