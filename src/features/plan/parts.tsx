import { useEffect, useState } from 'preact/hooks';
import { Fragment, type ComponentChildren } from 'preact';
import { Field as UiField } from '../../ui/Field.tsx';
import { useT } from '../../i18n/use-t.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatIsoDate } from '../../content/format-date.ts';
import type { ScreenRef } from '../../core/screens.ts';
import { useNavigation } from '../../core/services.ts';
import { usePlanModel } from './plan-store.ts';
import { COUNTER_FROM, TEXT_LIMITS, type TextLimit } from '../../vault/limits.ts';
import type { Draft } from './plan-model.ts';
import { requestPersistence, VaultGate, type PersistenceResult } from './vault-source.ts';
import './plan.css';

/**
 * Pieces shared by the plan screens: the frame that waits for the vault and the plan, the save
 * status line, text fields that browsers and keyboards should not remember, service buttons and
 * the offer to keep the plan safe from being cleared.
 */

/** Looks up a data-driven key (section, item or service strings). Keys are checked by a test. */
export function useDataT(): { text: (key: string, options?: Record<string, unknown>) => string } {
  const t = useT('plan') as unknown as (key: string, options?: Record<string, unknown>) => unknown;
  return {
    text: (key, options) => {
      const value = t(key, options);
      return typeof value === 'string' ? value : key;
    },
  };
}

/** The screen body: shown only when the vault is unlocked and the plan has been read. */
export function PlanFrame({
  title,
  children,
}: {
  title: string;
  children: () => ComponentChildren;
}) {
  return (
    <div class="plan-screen">
      <VaultGate>
        <h1 tabIndex={-1}>{title}</h1>
        <PlanLoaded>{children}</PlanLoaded>
      </VaultGate>
    </div>
  );
}

function PlanLoaded({ children }: { children: () => ComponentChildren }) {
  const t = useT('plan');
  const model = usePlanModel();
  const state = model.loadState.value;
  useEffect(() => {
    if (state === 'idle') void model.load();
  }, [model, state]);
  if (state === 'ready') {
    return (
      <>
        <UnshownNote />
        <DraftOffer />
        <Fragment key={model.resumes.value}>{children()}</Fragment>
      </>
    );
  }
  if (state === 'failed') {
    return (
      <div role="alert">
        <p>{t('loadFailed')}</p>
        <button type="button" class="button" onClick={() => void model.load()}>
          {t('tryAgain')}
        </button>
      </div>
    );
  }
  return <p class="muted">{t('loading')}</p>;
}

/** Says, once per screen, that stored items failed their check and are kept, not lost. */
function UnshownNote() {
  const t = useT('plan');
  const count = usePlanModel().unshown.value;
  if (count === 0) return null;
  return (
    <p class="note" role="note">
      {t('unshown.text', { count })}
    </p>
  );
}

/** Where "Carry on" takes the person for each kind of draft. */
function draftScreen(draft: Draft): ScreenRef {
  if (draft.kind === 'notes') return { name: 'plan-section', params: { id: draft.section } };
  if (draft.kind === 'contact') return { name: 'plan-section', params: { id: 'contacts' } };
  return draft.entry
    ? { name: 'diary-entry', params: { id: draft.entry } }
    : { name: 'diary-entry' };
}

/** The `id` parameter of a plan screen (section or diary entry), if it has one. */
const idOf = (screen: ScreenRef): string | undefined =>
  screen.params && 'id' in screen.params ? screen.params.id : undefined;

/** After unlock: "You were writing something. Carry on / Discard". */
export function DraftOffer() {
  const t = useT('plan');
  const navigation = useNavigation();
  const model = usePlanModel();
  const draft = model.offeredDraft.value;
  if (!draft) return null;
  const carryOn = (): void => {
    const taken = model.carryOn();
    if (!taken) return;
    const target = draftScreen(taken);
    const here = navigation.current.value;
    // On the same screen the form starts again from the draft (PlanLoaded keys it by resumes).
    if (here.name !== target.name || idOf(here) !== idOf(target)) navigation.open(target);
  };
  return (
    <section class="banner draft-offer" aria-labelledby="draft-title">
      <h2 id="draft-title">{t('draft.title')}</h2>
      <p>{t('draft.lead')}</p>
      <p class="actions">
        <button type="button" class="button" onClick={carryOn}>
          {t('draft.carryOn')}
        </button>
        <button type="button" class="button secondary" onClick={() => model.discardDraft()}>
          {t('draft.discard')}
        </button>
      </p>
    </section>
  );
}

/**
 * A count of characters near a field's limit, and a kind message past it. Nothing is ever cut:
 * a browser's maxlength would silently drop the end of pasted text, so it is not used.
 */
export function LimitNote({ id, limit, value }: { id: string; limit: TextLimit; value: string }) {
  const t = useT('plan');
  const max = TEXT_LIMITS[limit];
  const used = value.length;
  if (used > max) {
    return (
      <p class="error" id={`${id}-limit`} role="alert">
        {t('limit.over', { max: max.toLocaleString(), over: (used - max).toLocaleString() })}
      </p>
    );
  }
  if (used < max * COUNTER_FROM) return null;
  return (
    <p class="hint" id={`${id}-limit`}>
      {t('limit.count', { used: used.toLocaleString(), max: max.toLocaleString() })}
    </p>
  );
}

/** "Saving" / "Saved" as a calm status; a failure as an alert that says what to do. */
export function SaveStatusLine({ part }: { part: string }) {
  const t = useT('plan');
  const status = usePlanModel().status(part).value;
  return (
    <div class="save-status">
      <p role="status" class="muted">
        {status.kind === 'saving'
          ? t('status.saving')
          : status.kind === 'saved'
            ? t('status.saved')
            : ''}
      </p>
      {status.kind === 'error' && (
        <p role="alert" class="error">
          {t(`status.${status.reason}`)}
        </p>
      )}
    </div>
  );
}

/** What a plan field reports: the plan screens read `currentTarget.value`, as from an input event. */
type PlanInput = (event: { currentTarget: { value: string } }) => void;

/** The limit note under a field, and its id for aria-describedby while it shows. */
function limitNote(id: string, limit: TextLimit | undefined, value: string) {
  return limit
    ? { after: <LimitNote id={id} limit={limit} value={value} />, afterId: `${id}-limit` }
    : {};
}

/** A labelled text input; quiet like every field (src/ui/quiet.ts). */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  type?: 'text' | 'tel' | 'date' | 'time';
  inputMode?: 'text' | 'tel';
  value: string;
  onInput: PlanInput;
  /** The field's limit (limits.ts): a counter near it, a kind message past it. */
  limit?: TextLimit;
}) {
  const { limit, ...rest } = props;
  return (
    <UiField
      {...rest}
      {...limitNote(props.id, limit, props.value)}
      onInput={(value) => props.onInput({ currentTarget: { value } })}
    />
  );
}

/** A labelled text area; quiet like every field. */
export function Area(props: {
  id: string;
  label: string;
  hint?: string;
  rows?: number;
  value: string;
  onInput: PlanInput;
  onChange?: () => void;
  limit?: TextLimit;
}) {
  const { limit, ...rest } = props;
  return (
    <UiField
      {...rest}
      multiline
      {...limitNote(props.id, limit, props.value)}
      onInput={(value) => props.onInput({ currentTarget: { value } })}
    />
  );
}

/** Stops the browser's own form submission (spec 34) and runs the action instead. */
export function onSubmit(action: () => void) {
  return (event: Event): void => {
    event.preventDefault();
    action();
  };
}

/**
 * After the first meaningful save: explains what would delete the plan, asks the browser to keep
 * it (from the person's tap, never on its own) and reminds them to make an encrypted backup.
 */
export function KeepOffer() {
  const navigation = useNavigation();
  const t = useT('plan');
  const model = usePlanModel();
  const [result, setResult] = useState<PersistenceResult | undefined>();
  if (!model.offerKeep.value && !result) return null;

  const keep = async (): Promise<void> => {
    const answer = await requestPersistence();
    setResult(answer);
    await model.answerKeepOffer();
  };

  return (
    <section class="banner keep-offer" aria-labelledby="keep-title">
      <h2 id="keep-title">{t('keep.title')}</h2>
      <p>{t('keep.lead')}</p>
      <p>{t('keep.clearing')}</p>
      {result ? (
        <>
          <p role="status">{t(`keep.${result}`)}</p>
          <p>{t('keep.backup')}</p>
          <p class="actions">
            <button type="button" class="button" onClick={() => navigation.go('vault-settings')}>
              {t('keep.backupButton')}
            </button>
            <button type="button" class="button secondary" onClick={() => setResult(undefined)}>
              {t('keep.close')}
            </button>
          </p>
        </>
      ) : (
        <>
          <p>{t('keep.ask')}</p>
          <p>{t('keep.backup')}</p>
          <p class="actions">
            <button type="button" class="button" onClick={() => void keep()}>
              {t('keep.keepButton')}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => void model.answerKeepOffer()}
            >
              {t('keep.notNow')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

/** A diary date (yyyy-mm-dd) in the person's language, or '' for none. */
export function formatDate(date: string): string {
  return formatIsoDate(date, currentLanguage());
}
