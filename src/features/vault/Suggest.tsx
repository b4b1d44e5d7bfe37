import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';

/**
 * The easy strong choice: a passphrase of four ordinary words made on this device (suggest.ts).
 * The words show as text so the person can learn them; "Use these words" fills the first box and
 * the person types them again in the second, which helps them remember.
 */
export function Suggest({ onUse }: { onUse: (passphrase: string) => void }) {
  const t = useT('vault');
  const [words, setWords] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  const suggest = async (): Promise<void> => {
    try {
      const { suggestPassphrase } = await import('./suggest.ts');
      setWords(suggestPassphrase());
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div class="suggest">
      <p>
        <strong>{t('suggest.title')}</strong>
      </p>
      <p>{t('suggest.lead')}</p>
      {words && (
        <>
          <p>
            {t('suggest.label')}{' '}
            <strong class="suggested" lang="en" translate={false}>
              {words}
            </strong>
          </p>
          <p class="muted">{t('suggest.remember')}</p>
        </>
      )}
      {failed && (
        <p role="alert" class="error-text">
          {t('openFailed')}
        </p>
      )}
      <p class="button-row">
        <button type="button" class="button secondary" onClick={() => void suggest()}>
          {words ? t('suggest.another') : t('suggest.button')}
        </button>
        {words && (
          <button type="button" class="button secondary" onClick={() => onUse(words)}>
            {t('suggest.use')}
          </button>
        )}
      </p>
    </div>
  );
}
