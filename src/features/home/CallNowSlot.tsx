import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

/**
 * Where home shows "Call now". The block carries the service data, so it loads just after the
 * first paint rather than in the first chunk; until then the space stays empty.
 */
export function CallNowSlot() {
  const [CallNow, setCallNow] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    import('../services/CallNow.tsx').then(
      (m) => live && setCallNow(() => m.CallNow),
      () => undefined, // offline before the chunk was cached: the emergency button still works
    );
    return () => {
      live = false;
    };
  }, []);
  return CallNow ? <CallNow /> : null;
}
