import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { useNavigation } from '../../core/services.ts';
import { usePlanModel } from './plan-store.ts';
import { formatDate, PlanFrame } from './parts.tsx';
import type { DiaryEntry } from './plan-model.ts';

/** The evidence diary: entries in the order things happened, each opening for editing. */
export function DiaryScreen() {
  const t = useT('plan');
  return <PlanFrame title={t('diary.title')}>{() => <Diary />}</PlanFrame>;
}

/** A short label for an entry in the list: its date and time, and where it happened. */
export function entryLabel(entry: DiaryEntry, noDate: string): string {
  const when = [entry.date ? formatDate(entry.date) : noDate, entry.time]
    .filter(Boolean)
    .join(', ');
  const what = entry.where.trim() || entry.what.trim().slice(0, 60);
  return what ? `${when}: ${what}` : when;
}

/** Entries shown at first and added by each "Show more": a long diary never renders at once. */
export const DIARY_PAGE = 50;

function Diary() {
  const navigation = useNavigation();
  const t = useT('plan');
  const model = usePlanModel();
  const entries = model.diary.value;
  const opening = model.diaryLoading.value;
  const [shown, setShown] = useState(DIARY_PAGE);
  const page = entries.slice(0, shown);
  return (
    <>
      <p class="lead">{t('diary.lead')}</p>
      <p>
        <button type="button" class="button" onClick={() => navigation.go('diary-entry')}>
          {t('diary.add')}
        </button>
      </p>
      <h2>{t('diary.listTitle')}</h2>
      {opening && (
        <p class="muted" role="status">
          {t('diaryList.opening')}
        </p>
      )}
      {entries.length === 0 ? (
        !opening && <p>{t('diary.none')}</p>
      ) : (
        <ol class="doors diary-list">
          {page.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                class="door"
                onClick={() => navigation.go('diary-entry', { id: entry.id })}
              >
                <span class="door-title">{entryLabel(entry, t('diary.noDate'))}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {entries.length > shown && (
        <p>
          <span class="muted">
            {t('diaryList.showing', {
              shown: page.length.toLocaleString(),
              total: entries.length.toLocaleString(),
            })}
          </span>{' '}
          <button
            type="button"
            class="button secondary"
            onClick={() => setShown((n) => n + DIARY_PAGE)}
          >
            {t('diaryList.more')}
          </button>
        </p>
      )}
      {entries.length > 0 && !opening && (
        <p>
          <button
            type="button"
            class="button secondary"
            onClick={() => navigation.go('plan-print', { part: 'diary' })}
          >
            {t('diary.print')}
          </button>
        </p>
      )}
    </>
  );
}
