import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { wipeAll } from '../../storage/db.ts';
import { Confirm, Heading } from './fields.tsx';

/** After wiping, start the app again from nothing, exactly as on a first visit (same URL). */
async function wipeAndRestart(): Promise<void> {
  await wipeAll();
  location.reload();
}

/** Deletes everything the app stored on this device, after a clear explanation and a tick. */
export function DeleteEverything({
  level = 2,
  wipe = wipeAndRestart,
  beforeWipe,
}: {
  level?: 1 | 2;
  wipe?: () => Promise<void>;
  /** Drops in-memory secrets first (the vault locks). */
  beforeWipe?: () => void;
}) {
  const t = useT('vault');
  const [understood, setUnderstood] = useState(false);
  const [status, setStatus] = useState<'idle' | 'working' | 'failed'>('idle');
  const go = async (): Promise<void> => {
    if (!understood || status === 'working') return;
    setStatus('working');
    beforeWipe?.();
    try {
      await wipe();
    } catch {
      setStatus('failed');
    }
  };
  return (
    <section class="vault-panel">
      <Heading level={level}>{t('wipe.title')}</Heading>
      <p>{t('wipe.lead')}</p>
      <p class="note">{t('wipe.history')}</p>
      <Confirm
        id="vault-wipe-confirm"
        label={t('wipe.confirmLabel')}
        checked={understood}
        onChange={setUnderstood}
      />
      {status === 'failed' && (
        <p role="alert" class="error-text">
          {t('wipe.failed')}
        </p>
      )}
      <button
        type="button"
        class="button warning"
        disabled={!understood || status === 'working'}
        onClick={() => void go()}
      >
        {t('wipe.go')}
      </button>
    </section>
  );
}
