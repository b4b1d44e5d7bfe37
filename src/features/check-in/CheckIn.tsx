import './check-in.css';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { pages } from 'virtual:content-index';
import { useNavigation, useServices } from '../../core/services.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useT } from '../../i18n/use-t.ts';
import type { ScreenProps } from '../../core/screens.ts';
import { createCheckInModel, type CheckInModel } from './model.ts';
import { SaveOffer } from './SaveOffer.tsx';
import { saveToPlan, type SaveToPlan } from './save-wiring.ts';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { ServiceLines } from '../services/ServiceLine.tsx';
import {
  dangerExtraServices,
  dangerServices,
  generalServices,
  nextSteps,
  pagesFor,
  statements,
  type ServiceId,
} from './statements.ts';

/**
 * "Is this happening to me?": a private reflection. The person ticks statements about what someone
 * close to them does; there is no score. Danger signs lead first to a calm "who to call now"
 * screen, then to next steps matched to what they ticked. Answers live only in memory, unless
 * the person already has a plan and chooses to save them to it.
 */
export function CheckIn({
  model: given,
  save: givenSave,
}: Partial<ScreenProps<'check-in'>> & { model?: CheckInModel; save?: SaveToPlan }) {
  const services = useServices();
  const { checkIn } = services;
  const model = given ?? checkIn.get(createCheckInModel);
  const save = useMemo(() => givenSave ?? saveToPlan(services), [givenSave, services]);
  const step = model.step.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    // The shell focuses the heading when the screen opens; within the screen we do it ourselves.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, [step]);

  if (step === 'danger') return <Danger model={model} heading={heading} />;
  if (step === 'results') return <Results model={model} heading={heading} save={save} />;
  return <Questions model={model} heading={heading} />;
}

interface StepProps {
  model: CheckInModel;
  heading: preact.RefObject<HTMLHeadingElement | null>;
}

function Questions({ model, heading }: StepProps) {
  const t = useT('check-in');
  const ticked = model.ticked.value;
  const box = (danger: boolean) =>
    statements
      .filter((s) => s.danger === danger)
      .map((s) => (
        <Checkbox
          key={s.id}
          id={`ci-${s.id}`}
          label={t(`statements.${s.id}`)}
          checked={ticked.has(s.id)}
          onChange={(on) => model.setTicked(s.id, on)}
        />
      ));
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t('title')}
      </h1>
      <p class="lead">{t('lead')}</p>
      <p class="note">{t('private')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          model.finish();
        }}
      >
        <fieldset class="check-group">
          <legend>{t('everydayLegend')}</legend>
          {box(false)}
        </fieldset>
        <fieldset class="check-group">
          <legend>{t('dangerLegend')}</legend>
          {box(true)}
        </fieldset>
        <button type="submit" class="button">
          {t('seeNextSteps')}
        </button>
      </form>
    </>
  );
}

function Danger({ model, heading }: StepProps) {
  const navigation = useNavigation();
  const t = useT('check-in');
  const nameOf = useNameOf();
  const signs = model.dangerSigns.value;
  const services = unique([
    ...dangerServices,
    ...signs.flatMap((s) => dangerExtraServices[s] ?? []),
  ]);
  return (
    <div class="danger-panel">
      <h1 tabIndex={-1} ref={heading}>
        {t('danger.title')}
      </h1>
      <p class="lead">{t('danger.lead')}</p>
      <p>
        <strong>{t('danger.now')}</strong>
      </p>
      <p>
        <button type="button" class="button" onClick={() => navigation.go('emergency')}>
          {t('danger.emergency')}
        </button>
      </p>
      <h2>{t('danger.callTitle')}</h2>
      <p>{t('danger.callText')}</p>
      <ServiceLines ids={services} nameOf={nameOf} />
      <h2>{t('danger.whyTitle')}</h2>
      <ul>
        {signs.map((sign) => (
          <li key={sign}>{t(`danger.why.${sign}`)}</li>
        ))}
      </ul>
      <p>
        <button type="button" class="button secondary" onClick={() => model.showResults()}>
          {t('danger.continue')}
        </button>
      </p>
    </div>
  );
}

function Results({ model, heading, save }: StepProps & { save: SaveToPlan }) {
  const navigation = useNavigation();
  const t = useT('check-in');
  const nameOf = useNameOf();
  const topics = model.topics.value;
  const anything = model.ticked.value.size > 0;
  const titles = pageTitles();
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t('results.title')}
      </h1>
      <p class="lead">{anything ? t('results.someTicked') : t('results.noneTicked')}</p>
      {model.dangerSigns.value.length > 0 && (
        <p class="note">
          <InAppButton onClick={() => navigation.go('emergency')}>
            {t('results.emergency')}
          </InAppButton>
        </p>
      )}
      {topics.map((topic) => {
        const step = nextSteps[topic];
        return (
          <section key={topic} class="next-step" aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`}>{t(`topics.${topic}.title`)}</h2>
            <p>{t(`topics.${topic}.text`)}</p>
            <p>
              {t('results.readLabel')}{' '}
              {pagesFor(topic, model.ticked.value).map((slug, i) => (
                <span key={slug}>
                  {i > 0 && ', '}
                  <InAppButton onClick={() => navigation.go('page', { slug })}>
                    {titles.get(slug) ?? slug}
                  </InAppButton>
                </span>
              ))}
            </p>
            {step.services.length > 0 && (
              <>
                <p>{t('results.callLabel')}</p>
                <ServiceLines ids={step.services} nameOf={nameOf} />
              </>
            )}
          </section>
        );
      })}
      <h2>{t('results.talkTitle')}</h2>
      <p>{t('results.talkText')}</p>
      <ServiceLines ids={generalServices} nameOf={nameOf} />
      <p>
        <InAppButton onClick={() => navigation.go('learn')}>{t('results.more')}</InAppButton>
      </p>
      <SaveOffer ticked={model.ticked.value} deps={save} />
      <p class="action-row">
        <button type="button" class="button secondary" onClick={() => model.backToQuestions()}>
          {t('results.editAnswers')}
        </button>
        <button type="button" class="button secondary" onClick={() => model.clear()}>
          {t('results.startAgain')}
        </button>
      </p>
    </>
  );
}

type NationalId = Exclude<ServiceId, `role:${string}`>;
const isNational = (ref: ServiceId): ref is NationalId => !ref.startsWith('role:');

/** The reflection's own wording of a national service; an area's service is named by the directory. */
function useNameOf(): (ref: ServiceId) => string | undefined {
  const t = useT('check-in');
  return (ref) => (isNational(ref) ? t(`services.${ref}`) : undefined);
}

function InAppButton({ onClick, children }: { onClick: () => void; children: ComponentChildren }) {
  return (
    <button type="button" class="link-button inline-link" onClick={onClick}>
      {children}
    </button>
  );
}

function pageTitles(): Map<string, string> {
  const lang = currentLanguage();
  const titles = new Map<string, string>();
  for (const p of pages) {
    if (p.lang === lang || (p.lang === 'en' && !titles.has(p.slug))) titles.set(p.slug, p.title);
  }
  return titles;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
