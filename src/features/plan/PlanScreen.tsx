import { useT } from '../../i18n/use-t.ts';
import { useNavigation } from '../../core/services.ts';
import { usePlanModel } from './plan-store.ts';
import { PRIORITY_IDS, type SectionDef } from './sections.ts';
import { KeepOffer, PlanFrame, SaveStatusLine, useDataT } from './parts.tsx';
import { SavedReflectionPart } from './SavedReflection.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';

/**
 * The plan's front page: what matters most now (which orders the sections), the sections with how
 * far each has got, and the diary and print pages.
 */
export function PlanScreen() {
  const t = useT('plan');
  return <PlanFrame title={t('overview.title')}>{() => <Overview />}</PlanFrame>;
}

function Overview() {
  const navigation = useNavigation();
  const t = useT('plan');
  const { text } = useDataT();
  const model = usePlanModel();
  const chosen = model.priorities.value;

  return (
    <>
      <p class="lead">{t('overview.lead')}</p>
      <KeepOffer />
      <fieldset class="choices">
        <legend>
          <h2>{t('overview.prioritiesTitle')}</h2>
        </legend>
        <p class="hint">{t('overview.prioritiesHint')}</p>
        {PRIORITY_IDS.map((id) => (
          <Checkbox
            key={id}
            id={`priority-${id}`}
            label={text(`priorities.${id}`)}
            checked={chosen.includes(id)}
            onChange={(on) => void model.setPriority(id, on)}
          />
        ))}
      </fieldset>
      <SaveStatusLine part="priorities" />
      {chosen.includes('staying') && <p class="note">{t('overview.stayingNote')}</p>}

      <h2>{t('overview.sectionsTitle')}</h2>
      <p class="hint">{t('overview.sectionsHint')}</p>
      <ol class="doors plan-sections">
        {model.orderedSections.value.map((def) => (
          <li key={def.id}>
            <button
              type="button"
              class="door"
              onClick={() => navigation.go('plan-section', { id: def.id })}
            >
              <span class="door-title">{text(`sections.${def.id}.title`)}</span>
              <span class="door-hint">
                <Progress def={def} />
              </span>
            </button>
          </li>
        ))}
      </ol>

      <SavedReflectionPart />

      <h2>{t('overview.moreTitle')}</h2>
      <ul class="doors">
        <li>
          <button type="button" class="door" onClick={() => navigation.go('diary')}>
            <span class="door-title">{t('overview.diary')}</span>
            <span class="door-hint">{t('overview.diaryHint')}</span>
          </button>
        </li>
        <li>
          <button type="button" class="door" onClick={() => navigation.go('plan-print')}>
            <span class="door-title">{t('overview.print')}</span>
            <span class="door-hint">{t('overview.printHint')}</span>
          </button>
        </li>
      </ul>
    </>
  );
}

function Progress({ def }: { def: SectionDef }) {
  const t = useT('plan');
  const model = usePlanModel();
  const data = model.section(def.id);
  const parts: string[] = [];
  if (def.contacts && model.contacts.value.length > 0) {
    parts.push(t('overview.contactCount', { count: model.contacts.value.length }));
  }
  if (def.items.length > 0 && data.checked.length > 0) {
    parts.push(t('overview.progress', { done: data.checked.length, total: def.items.length }));
  }
  if (data.notes.trim()) parts.push(t('overview.hasNotes'));
  return <>{parts.length > 0 ? parts.join('. ') : t('overview.notStarted')}</>;
}
