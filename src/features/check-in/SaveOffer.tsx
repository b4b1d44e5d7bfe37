import { useEffect, useRef, useState } from 'preact/hooks';
import { useNavigation } from '../../core/services.ts';
import { useT } from '../../i18n/use-t.ts';
import { writesBlocked } from '../../storage/write-guard.ts';
import type { SaveResult } from '../../vault/types.ts';
import { Gate } from '../vault/Gate.tsx';
import type { SaveToPlan } from './save-wiring.ts';
import { savedReflectionOf } from './saved.ts';
import type { StatementId } from './statements.ts';

type Phase =
  | { kind: 'idle' }
  | { kind: 'unlocking' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; reason: Extract<SaveResult, { ok: false }>['reason'] };

/**
 * An optional "Save this to my plan", only when the person already has a plan on this device and
 * show mode is off. With no plan it shows nothing at all, so the reflection says nothing about
 * storage. A locked plan asks for the passphrase with the plan's own unlock screen first.
 */
export function SaveOffer({
  ticked,
  deps,
}: {
  ticked: ReadonlySet<StatementId>;
  deps: SaveToPlan;
}) {
  const navigation = useNavigation();
  const t = useT('check-in');
  const { vault } = deps;
  const [known, setKnown] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const answers = useRef(ticked);
  answers.current = ticked;

  useEffect(() => {
    let live = true;
    // The vault's state is only a guess until storage has been read once.
    void vault.refresh().then(
      () => live && setKnown(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [vault]);

  const state = vault.state.value;
  if (!known || state === 'absent' || deps.showing.value || ticked.size === 0) return null;

  const save = async (): Promise<void> => {
    if (writesBlocked()) {
      setPhase({ kind: 'error', reason: 'blocked' });
      return;
    }
    setPhase({ kind: 'saving' });
    const result = await deps
      .save(savedReflectionOf(answers.current))
      .catch((): SaveResult => ({ ok: false, reason: 'failed' }));
    setPhase(result.ok ? { kind: 'saved' } : { kind: 'error', reason: result.reason });
  };

  const start = (): void => {
    if (vault.state.value === 'unlocked') void save();
    else setPhase({ kind: 'unlocking' });
  };

  return (
    <section class="save-offer" aria-labelledby="save-offer-title">
      <h2 id="save-offer-title">{t('save.title')}</h2>
      {phase.kind === 'unlocking' ? (
        <>
          <Gate vault={vault} level={2}>
            <SaveWhenOpen onOpen={() => void save()} />
          </Gate>
          <p>
            <button
              type="button"
              class="button secondary"
              onClick={() => setPhase({ kind: 'idle' })}
            >
              {t('save.cancel')}
            </button>
          </p>
        </>
      ) : (
        <>
          <p>{t('save.text')}</p>
          <p>
            <button
              type="button"
              class="button secondary"
              disabled={phase.kind === 'saving'}
              onClick={start}
            >
              {t('save.button')}
            </button>
          </p>
        </>
      )}
      <p role="status" class="muted">
        {phase.kind === 'saving' ? t('save.saving') : phase.kind === 'saved' ? t('save.saved') : ''}
      </p>
      {phase.kind === 'saved' && (
        <p>
          <button
            type="button"
            class="link-button inline-link"
            onClick={() => navigation.go('plan')}
          >
            {t('save.openPlan')}
          </button>
        </p>
      )}
      {phase.kind === 'error' && (
        <p role="alert" class="error-text">
          {phase.reason === 'quota' ? t('save.quota') : t('save.failed')}
        </p>
      )}
    </section>
  );
}

/** Rendered by the gate once the plan is open: saves once, as the person already asked. */
function SaveWhenOpen({ onOpen }: { onOpen: () => void }) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    onOpen();
  }, [onOpen]);
  return null;
}
