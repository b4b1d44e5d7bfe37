// WARNING: part of the first chunk.

/**
 * Trusted Types are enforced by the Content-Security-Policy (`require-trusted-types-for 'script'`),
 * so the browser refuses any script URL or HTML that did not come through a named policy. The app
 * has exactly one policy, `app`, and it only vouches for scripts of this app's own origin: the
 * service worker and the bundled workers. It creates no HTML at all.
 */
interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): TrustedTypePolicyLike;
}

let policy: TrustedTypePolicyLike | undefined;

function appPolicy(): TrustedTypePolicyLike | undefined {
  const factory = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!factory) return undefined; // the browser does not enforce Trusted Types
  policy ??= factory.createPolicy('app', {
    createScriptURL(url) {
      const parsed = new URL(url, location.href);
      if (parsed.origin !== location.origin) throw new TypeError('Only this app’s own scripts');
      return parsed.href;
    },
  });
  return policy;
}

/** A script URL the browser will accept for a worker or service worker; same origin only. */
export function trustedScriptURL(url: string | URL): string {
  const value = String(url);
  return (appPolicy()?.createScriptURL(value) as string | undefined) ?? value;
}
