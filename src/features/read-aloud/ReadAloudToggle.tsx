// WARNING: part of the first chunk (in the shell). The panel and the speech code load on demand.
import { useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { useT } from '../../i18n/use-t.ts';

type Panel = ComponentType<Record<string, never>>;

/**
 * "Read aloud", off by default and never remembered, so the app is silent at every start. It is
 * a disclosure button (aria-expanded): it opens the warning and controls, it does not navigate.
 */
export function ReadAloudToggle() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<Panel | null>(null);
  if (!('speechSynthesis' in window)) return null;

  const toggle = (): void => {
    if (!Panel) {
      void import('./panel-loader.tsx').then((m) => setPanel(() => m.LoadedPanel));
    }
    setOpen(!open);
  };

  return (
    <div class="read-aloud">
      <button type="button" class="link-button" aria-expanded={open} onClick={toggle}>
        {t('readAloud.open')}
      </button>
      {open && Panel && <Panel />}
    </div>
  );
}
