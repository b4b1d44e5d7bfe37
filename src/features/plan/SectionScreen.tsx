import { useT } from '../../i18n/use-t.ts';
import { useNavigation } from '../../core/services.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { usePlanModel } from './plan-store.ts';
import { findSection, guidanceKeys, type SectionDef } from './sections.ts';
import { Area, KeepOffer, onSubmit, PlanFrame, SaveStatusLine, useDataT } from './parts.tsx';
import { SafeContacts } from './SafeContacts.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { ServiceLines } from '../services/ServiceLine.tsx';

/** One part of the plan: guidance, a checklist that saves as it is ticked, notes, and services. */
export function SectionScreen({ params }: ScreenProps<'plan-section'>) {
  const t = useT('plan');
  const { text } = useDataT();
  const def = findSection(params.id);
  if (!def) {
    return (
      <div class="plan-screen">
        <h1 tabIndex={-1}>{t('section.notFound')}</h1>
      </div>
    );
  }
  return (
    <PlanFrame title={text(`sections.${def.id}.title`)}>{() => <Section def={def} />}</PlanFrame>
  );
}

function Section({ def }: { def: SectionDef }) {
  const navigation = useNavigation();
  const t = useT('plan');
  const { text } = useDataT();
  const model = usePlanModel();
  const data = model.section(def.id);
  const base = `sections.${def.id}`;

  return (
    <>
      <p class="lead">{text(`${base}.intro`)}</p>
      {guidanceKeys(def).map((key) => (
        <p class="note" key={key}>
          {text(key)}
        </p>
      ))}

      {def.contacts && <SafeContacts />}

      {def.items.length > 0 && (
        <fieldset class="choices">
          <legend>
            <h2>{t('section.checklistTitle')}</h2>
          </legend>
          <p class="hint">{t('section.checklistHint')}</p>
          {def.items.map((item) => (
            <Checkbox
              key={item}
              id={`item-${item}`}
              label={text(`${base}.items.${item}`)}
              checked={data.checked.includes(item)}
              onChange={(on) => void model.setItem(def.id, item, on)}
            />
          ))}
        </fieldset>
      )}

      <form class="notes-form" onSubmit={onSubmit(() => void model.saveSection(def.id))}>
        <Area
          id="section-notes"
          label={t('section.notesLabel')}
          hint={t('section.notesHint')}
          value={data.notes}
          onInput={(e) => {
            model.setNotes(def.id, e.currentTarget.value);
            // Kept encrypted as it is typed, so a lock never loses it.
            model.typing({ kind: 'notes', section: def.id, notes: e.currentTarget.value });
          }}
          onChange={() => void model.saveSection(def.id)}
          limit="notes"
        />
        <button type="submit" class="button">
          {t('section.save')}
        </button>
      </form>
      <SaveStatusLine part={def.id} />
      <KeepOffer />

      {def.diary && (
        <p>
          <button type="button" class="button secondary" onClick={() => navigation.go('diary')}>
            {t('section.openDiary')}
          </button>
        </p>
      )}

      <h2>{t('section.servicesTitle')}</h2>
      <ServiceLines ids={def.services} nameOf={(id) => text(`services.${id}`)} />
    </>
  );
}
