import { argon2Derive } from './argon2.ts';

/**
 * Runs Argon2id off the main thread. One request per worker: the page terminates the worker after
 * the answer, which also frees the 64 MiB the derivation used.
 */
interface Request {
  password: Uint8Array;
  salt: Uint8Array;
  m: number;
  t: number;
  p: number;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { password, salt, m, t, p } = event.data;
  argon2Derive(password, salt, m, t, p).then(
    (key) => {
      password.fill(0);
      scope.postMessage({ key }, [key.buffer]);
    },
    () => {
      password.fill(0);
      scope.postMessage({ error: true }, []);
    },
  );
};
