import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { useNavigation } from '../../core/services.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { usePlanModel } from './plan-store.ts';
import type { DiaryDraft } from './plan-model.ts';
import { Area, Field, onSubmit, PlanFrame, SaveStatusLine } from './parts.tsx';

/** One diary entry: when, where, what happened, who saw, injuries and what was said. */
export function DiaryEntryScreen({ params }: ScreenProps<'diary-entry'>) {
  const t = useT('plan');
  const id = params.id;
  return (
    <PlanFrame title={id ? t('diary.entryTitle') : t('diary.entryTitleNew')}>
      {() => <Entry id={id} />}
    </PlanFrame>
  );
}

let formCount = 0;

const EMPTY: DiaryDraft = {
  date: '',
  time: '',
  where: '',
  what: '',
  witnesses: '',
  injuries: '',
  said: '',
};

function Entry({ id }: { id: string | undefined }) {
  const navigation = useNavigation();
  const t = useT('plan');
  const model = usePlanModel();
  const existing = id ? model.diary.value.find((e) => e.id === id) : undefined;
  const [savedId, setSavedId] = useState(existing?.id);
  const [draft, setDraft] = useState<DiaryDraft>(() => {
    // After "Carry on": the draft kept when the app locked.
    const resumed = model.takeResumed('diary', id ?? '');
    if (resumed) return resumed.fields;
    if (!existing) return EMPTY;
    return {
      date: existing.date,
      time: existing.time,
      where: existing.where,
      what: existing.what,
      witnesses: existing.witnesses,
      injuries: existing.injuries,
      said: existing.said,
    };
  });
  const [problem, setProblem] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // This form's own status, so a "Saved" from another entry never shows here.
  const [part] = useState(() => `diary-${String((formCount += 1))}`);

  if (id && !existing && !savedId) return <p>{t('diary.notFound')}</p>;

  const set = (key: keyof DiaryDraft) => (e: { currentTarget: { value: string } }) => {
    const fields = { ...draft, [key]: e.currentTarget.value };
    setDraft(fields);
    // Kept encrypted as it is typed, so a lock never loses it.
    model.typing({ kind: 'diary', entry: savedId ?? '', fields });
  };

  const save = async (): Promise<void> => {
    if (!draft.date && !draft.what.trim()) {
      setProblem(true);
      return;
    }
    setProblem(false);
    const result = await model.saveEntry(draft, savedId, part);
    // On failure the form keeps everything; the status line says what went wrong.
    if (result.ok && result.id) setSavedId(result.id);
  };

  const remove = async (): Promise<void> => {
    if (!savedId) return;
    const result = await model.deleteEntry(savedId, part);
    if (result.ok) navigation.back();
  };

  return (
    <>
      <form class="diary-form" onSubmit={onSubmit(() => void save())}>
        <Field
          id="entry-date"
          label={t('diary.date')}
          type="date"
          value={draft.date}
          onInput={set('date')}
        />
        <Field
          id="entry-time"
          label={t('diary.time')}
          type="time"
          value={draft.time}
          onInput={set('time')}
        />
        <Field
          id="entry-where"
          label={t('diary.where')}
          value={draft.where}
          onInput={set('where')}
          limit="where"
        />
        <Area
          id="entry-what"
          label={t('diary.what')}
          value={draft.what}
          onInput={set('what')}
          limit="diaryLong"
        />
        <Area
          id="entry-witnesses"
          label={t('diary.witnesses')}
          rows={3}
          value={draft.witnesses}
          onInput={set('witnesses')}
          limit="diaryLong"
        />
        <Area
          id="entry-injuries"
          label={t('diary.injuries')}
          rows={3}
          value={draft.injuries}
          onInput={set('injuries')}
          limit="diaryLong"
        />
        <Area
          id="entry-said"
          label={t('diary.said')}
          rows={3}
          value={draft.said}
          onInput={set('said')}
          limit="diaryLong"
        />
        {problem && (
          <p role="alert" class="error">
            {t('diary.needSomething')}
          </p>
        )}
        <button type="submit" class="button">
          {t('diary.save')}
        </button>
      </form>
      <SaveStatusLine part={part} />
      {savedId &&
        (confirming ? (
          <div class="note" role="group" aria-labelledby="confirm-delete">
            <p id="confirm-delete">{t('diary.confirmDelete')}</p>
            <p class="actions">
              <button type="button" class="button" onClick={() => void remove()}>
                {t('diary.confirmYes')}
              </button>
              <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
                {t('diary.confirmNo')}
              </button>
            </p>
          </div>
        ) : (
          <p>
            <button type="button" class="link-button" onClick={() => setConfirming(true)}>
              {t('diary.delete')}
            </button>
          </p>
        ))}
    </>
  );
}
