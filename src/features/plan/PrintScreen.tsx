import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { usePlanModel } from './plan-store.ts';
import { hasContent, type PrintChoice, type PrintDoc } from './plan-model.ts';
import { formatDate, PlanFrame, useDataT } from './parts.tsx';
import { ReflectionList } from './SavedReflection.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';

/**
 * Print: a warning that paper can be found, then the person chooses each part to print. Nothing
 * is chosen to start with (the diary is, when they came from the diary's own print button).
 * Only the chosen parts are in the page, and only they print (plan.css hides the rest).
 */
export function PrintScreen({ params }: ScreenProps<'plan-print'>) {
  const t = useT('plan');
  return (
    <PlanFrame title={t('print.title')}>
      {() => <PrintWhenRead startWithDiary={params.part === 'diary'} />}
    </PlanFrame>
  );
}

/** Print waits for the whole diary: a sheet must never leave out entries still being opened. */
function PrintWhenRead({ startWithDiary }: { startWithDiary: boolean }) {
  const t = useT('plan');
  if (usePlanModel().diaryLoading.value) {
    return (
      <p class="muted" role="status">
        {t('printWait')}
      </p>
    );
  }
  return <Print startWithDiary={startWithDiary} />;
}

function Print({ startWithDiary }: { startWithDiary: boolean }) {
  const t = useT('plan');
  const { text } = useDataT();
  const model = usePlanModel();
  const withContent = model.orderedSections.value.filter((def) =>
    hasContent(model.section(def.id)),
  );
  const hasContacts = model.contacts.value.length > 0;
  const hasDiary = model.diary.value.length > 0;
  const hasReflection = model.reflection.value !== undefined;
  const [choice, setChoice] = useState<PrintChoice>({
    sections: [],
    contacts: false,
    diary: startWithDiary && hasDiary,
    reflection: false,
  });
  const doc = model.printable(choice);
  const nothingSaved = withContent.length === 0 && !hasContacts && !hasDiary && !hasReflection;
  const nothingChosen =
    doc.sections.length === 0 &&
    doc.contacts.length === 0 &&
    doc.diary.length === 0 &&
    !doc.reflection;

  const toggleSection = (id: string, on: boolean): void =>
    setChoice((c) => ({
      ...c,
      sections: on ? [...c.sections, id] : c.sections.filter((s) => s !== id),
    }));

  return (
    <>
      <div class="warning" role="note" aria-labelledby="paper-warning">
        <h2 id="paper-warning">{t('print.warningTitle')}</h2>
        <p>{t('print.warning')}</p>
      </div>
      {nothingSaved ? (
        <p>{t('print.nothingSaved')}</p>
      ) : (
        <fieldset class="choices">
          <legend>
            <h2>{t('print.chooseTitle')}</h2>
          </legend>
          <p class="hint">{t('print.chooseHint')}</p>
          {withContent.map((def) => (
            <Checkbox
              key={def.id}
              id={`print-${def.id}`}
              label={text(`sections.${def.id}.title`)}
              checked={choice.sections.includes(def.id)}
              onChange={(on) => toggleSection(def.id, on)}
            />
          ))}
          {hasContacts && (
            <Checkbox
              id="print-contacts"
              label={t('print.contacts')}
              checked={choice.contacts}
              onChange={(on) => {
                setChoice((c) => ({ ...c, contacts: on }));
              }}
            />
          )}
          {hasDiary && (
            <Checkbox
              id="print-diary"
              label={t('print.diary')}
              checked={choice.diary}
              onChange={(on) => {
                setChoice((c) => ({ ...c, diary: on }));
              }}
            />
          )}
          {hasReflection && (
            <Checkbox
              id="print-reflection"
              label={t('print.reflection')}
              checked={choice.reflection}
              onChange={(on) => {
                setChoice((c) => ({ ...c, reflection: on }));
              }}
            />
          )}
        </fieldset>
      )}
      {!nothingSaved && nothingChosen && <p>{t('print.nothingChosen')}</p>}
      {!nothingChosen && (
        <>
          <p>
            <button type="button" class="button" onClick={() => window.print()}>
              {t('print.printButton')}
            </button>
          </p>
          <h2>{t('print.preview')}</h2>
          <PrintSheet doc={doc} />
        </>
      )}
    </>
  );
}

/** A moment as a local yyyy-mm-dd day. */
function isoDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The printed record: only the chosen parts, as plain text. */
function PrintSheet({ doc }: { doc: PrintDoc }) {
  const t = useT('plan');
  const { text } = useDataT();
  return (
    <article class="print-sheet" aria-label={t('print.preview')}>
      <p>{t('print.printedOn', { date: formatDate(isoDay(Date.now())) })}</p>
      {doc.sections.map(({ def, data }) => (
        <section key={def.id}>
          <h3>{text(`sections.${def.id}.title`)}</h3>
          {def.items.length > 0 && (
            <ul class="print-checklist">
              {def.items.map((item) => {
                const done = data.checked.includes(item);
                return (
                  <li key={item}>
                    <span aria-hidden="true">{done ? '[x] ' : '[ ] '}</span>
                    <span class="visually-hidden">
                      {done ? t('print.done') : t('print.notDone')}:{' '}
                    </span>
                    {text(`sections.${def.id}.items.${item}`)}
                  </li>
                );
              })}
            </ul>
          )}
          {data.notes.trim() && (
            <>
              <h4>{t('section.notesLabel')}</h4>
              <p class="pre-line">{data.notes}</p>
            </>
          )}
        </section>
      ))}
      {doc.contacts.length > 0 && (
        <section>
          <h3>{t('print.contacts')}</h3>
          <ul>
            {doc.contacts.map((c) => (
              <li key={c.id}>
                {c.name}: <span class="ltr-always">{c.number}</span>
                {c.codeWord && `. ${t('contacts.codeWordShown', { word: c.codeWord })}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {doc.diary.length > 0 && (
        <section>
          <h3>{t('print.diaryHeading')}</h3>
          {doc.diary.map((entry) => (
            <section class="print-entry" key={entry.id}>
              <h4>
                {[entry.date ? formatDate(entry.date) : t('diary.noDate'), entry.time]
                  .filter(Boolean)
                  .join(', ')}
              </h4>
              <p>{t('print.writtenOn', { date: formatDate(isoDay(entry.created)) })}</p>
              <dl>
                {(['where', 'what', 'witnesses', 'injuries', 'said'] as const)
                  .filter((key) => entry[key].trim())
                  .map((key) => (
                    <div key={key}>
                      <dt>{t(`diary.${key}`)}</dt>
                      <dd class="pre-line">{entry[key]}</dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
        </section>
      )}
      {doc.reflection && (
        <section>
          <h3>{t('print.reflection')}</h3>
          <ReflectionList saved={doc.reflection} />
        </section>
      )}
    </article>
  );
}
