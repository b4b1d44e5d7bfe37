import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import type { SavedReflection } from '../check-in/saved.ts';
import { usePlanModel } from './plan-store.ts';
import { formatDate, SaveStatusLine } from './parts.tsx';

/** The statements the person ticked, in the current language, and the day they saved them. */
export function ReflectionList({ saved }: { saved: SavedReflection }) {
  const t = useT('plan');
  const statement = useT('check-in');
  return (
    <>
      <p>{t('reflection.savedOn', { date: formatDate(saved.date) })}</p>
      <ul>
        {saved.ticked.map((id) => (
          <li key={id}>{statement(`statements.${id}`)}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * "Your saved reflection" on the plan's front page: only when the person saved one from
 * "Is this happening to me?". They can delete it, after a check.
 */
export function SavedReflectionPart() {
  const t = useT('plan');
  const model = usePlanModel();
  const saved = model.reflection.value;
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);

  if (!saved) {
    return deleted ? (
      <p role="status" class="muted">
        {t('reflection.deleted')}
      </p>
    ) : null;
  }

  const remove = async (): Promise<void> => {
    const result = await model.deleteReflection();
    setConfirming(false);
    if (result.ok) setDeleted(true);
  };

  return (
    <section class="saved-reflection" aria-labelledby="reflection-title">
      <h2 id="reflection-title">{t('reflection.title')}</h2>
      <p class="hint">{t('reflection.lead')}</p>
      <ReflectionList saved={saved} />
      {confirming ? (
        <div class="note" role="group" aria-labelledby="confirm-reflection">
          <p id="confirm-reflection">{t('reflection.confirmDelete')}</p>
          <p class="actions">
            <button type="button" class="button" onClick={() => void remove()}>
              {t('reflection.confirmYes')}
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
              {t('reflection.confirmNo')}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
            {t('reflection.delete')}
          </button>
        </p>
      )}
      <SaveStatusLine part="reflection" />
    </section>
  );
}
