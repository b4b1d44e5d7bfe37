import type { ComponentChildren } from 'preact';
import { useEffect, useErrorBoundary, useState } from 'preact/hooks';
import { tApp } from './index.ts';
import { StringsPending } from './use-t.ts';

/**
 * Where components wait for their strings. A component inside asks with `useT('<namespace>')`;
 * until that namespace has loaded, this shows `waiting` instead of its children, then renders
 * them. The screen host wraps every screen in one; a component other features embed (a service
 * card) wraps itself, so only it waits and the screen around it is left alone. Any other error
 * passes on untouched.
 */
export function Strings({
  children,
  waiting = null,
}: {
  children: ComponentChildren;
  waiting?: ComponentChildren;
}) {
  const boundary: [unknown, () => void] = useErrorBoundary();
  const [error, resetError] = boundary;
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!(error instanceof StringsPending)) return;
    let live = true;
    error.ready.then(
      () => live && resetError(),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [error, resetError]);

  if (error === undefined) return <>{children}</>;
  if (!(error instanceof StringsPending)) throw error as Error; // passed on unchanged, whatever was thrown
  if (!failed) return <>{waiting}</>;
  return (
    <LoadFailed
      retry={() => {
        setFailed(false);
        resetError();
      }}
    />
  );
}

/** Code or strings did not load (usually the connection): say so in the shell's own words. */
export function LoadFailed({ retry }: { retry: () => void }) {
  return (
    <div role="alert">
      <p>{tApp('shell.loadFailed')}</p>
      <button type="button" class="button" onClick={retry}>
        {tApp('shell.tryAgain')}
      </button>
    </div>
  );
}
