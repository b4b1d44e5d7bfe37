import workerUrl from './kdf-worker.ts?worker&url';
import { trustedScriptURL } from '../core/trusted-types.ts';
import { KdfUnavailableError, pbkdf2Derive, type Derive } from './kdf.ts';

/**
 * The browser's way of deriving keys: Argon2id in a Web Worker (WebAssembly), PBKDF2 through
 * WebCrypto. If the worker or WebAssembly cannot run (old browser, blocked), Argon2id reports
 * KdfUnavailableError and the vault falls back to PBKDF2.
 */
function argon2InWorker(
  password: Uint8Array<ArrayBuffer>,
  salt: Uint8Array,
  m: number,
  t: number,
  p: number,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      const url = trustedScriptURL(new URL(workerUrl, location.href));
      worker = new Worker(url, { type: 'module', name: 'kdf' });
    } catch {
      password.fill(0);
      reject(new KdfUnavailableError('workers unavailable'));
      return;
    }
    const done = (): void => worker.terminate();
    worker.onmessage = (event: MessageEvent<{ key?: Uint8Array<ArrayBuffer>; error?: true }>) => {
      done();
      if (event.data.key) resolve(event.data.key);
      else reject(new KdfUnavailableError('argon2 failed'));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      done();
      reject(new KdfUnavailableError('worker failed'));
    };
    worker.postMessage({ password, salt, m, t, p }, [password.buffer]);
  });
}

export const browserDerive: Derive = async (passphrase, params) => {
  if (params.alg === 'pbkdf2') return pbkdf2Derive(passphrase, params.salt, params.i);
  const password = new TextEncoder().encode(passphrase);
  return argon2InWorker(password, params.salt, params.m, params.t, params.p);
};
