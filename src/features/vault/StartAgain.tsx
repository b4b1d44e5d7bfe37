import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import type { VaultImpl } from '../../vault/vault.ts';
import { Confirm, Heading } from './fields.tsx';

/**
 * Forgotten passphrase. Explains first what starting again means (everything saved is deleted),
 * names the other choices, and deletes only after the person ticks that they understand.
 */
export function StartAgain({
  vault,
  level = 1,
  onCancel,
  onDone,
}: {
  vault: VaultImpl;
  level?: 1 | 2;
  onCancel: () => void;
  onDone?: () => void;
}) {
  const t = useT('vault');
  const [understood, setUnderstood] = useState(false);
  const [status, setStatus] = useState<'idle' | 'working' | 'failed'>('idle');

  const go = async (): Promise<void> => {
    if (!understood || status === 'working') return;
    setStatus('working');
    try {
      await vault.destroy();
      onDone?.();
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section class="vault-panel">
      <Heading level={level}>{t('startAgain.title')}</Heading>
      <p>{t('startAgain.explain')}</p>
      <p>{t('startAgain.choices')}</p>
      <ul>
        <li>{t('startAgain.keepTrying')}</li>
        <li>{t('startAgain.restore')}</li>
        <li>{t('startAgain.startFresh')}</li>
      </ul>
      <Confirm
        id="vault-start-again"
        label={t('startAgain.confirmLabel')}
        checked={understood}
        onChange={setUnderstood}
      />
      {status === 'failed' && (
        <p role="alert" class="error-text">
          {t('startAgain.failed')}
        </p>
      )}
      <p class="button-row">
        <button
          type="button"
          class="button warning"
          disabled={!understood || status === 'working'}
          onClick={() => void go()}
        >
          {t('startAgain.go')}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {t('startAgain.cancel')}
        </button>
      </p>
    </section>
  );
}
