import { useMemo } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { deploy } from '../../core/deploy.ts';
import { useServices } from '../../core/services.ts';
import { setPref } from '../../storage/prefs.ts';
import { tellOtherTabs } from '../../storage/other-tabs.ts';
import { clearThisDevice } from './clear-device.ts';
import { hashCode } from './code-hash.ts';
import { createHideAppModel } from './hide-app-model.ts';
import { IDENTITIES, isIdentity, isInstalled, type Identity } from './identity.ts';
import { COVER_APPS } from './lock.ts';
import { Field } from '../../ui/Field.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';

/**
 * "Hide this app": choose a cover and a secret number, change or remove them, choose the name and
 * icon before install, choose where quick exit goes, and exit while clearing everything. The
 * screen's state and actions are in hide-app-model.ts; this only shows them.
 */
export function HideApp() {
  const t = useT('disguise');
  const { lock, quickExit } = useServices();
  const installed = isInstalled();
  const model = useMemo(
    () => createHideAppModel({ lock, quickExit, setPref, hashCode, installed, tellOtherTabs }),
    [lock, quickExit, installed],
  );
  const { hidden, app, code, again, problem, done, matched, busy, identity, exit } =
    model.state.value;
  const coverName = t(`covers.${lock.coverApp()}`);

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p class="lead">{t('lead')}</p>
      <h2>{t('howTitle')}</h2>
      <ul>
        {t('how', { returnObjects: true }).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <p class="note">{t('thisBrowser')}</p>

      <div class="note" role="status">
        {done === 'saved' && <p>{t('saved', { cover: coverName })}</p>}
        {done === 'saved' && matched && (
          <p>{t('identityMatched', { name: t(`identities.${app}`) })}</p>
        )}
        {hidden && installed && identity !== lock.coverApp() && (
          <p>{t('identityMismatch', { name: t(`identities.${identity}`) })}</p>
        )}
        {done === 'removed' && <p>{t('removed')}</p>}
        {!done && <p>{hidden ? t('statusOn', { cover: coverName }) : t('statusOff')}</p>}
        {hidden && <p>{t(`unlockHint.${lock.coverApp()}`)}</p>}
      </div>
      {hidden && (
        <p class="actions">
          <button
            type="button"
            class="button"
            onClick={() => {
              lock.lock();
              tellOtherTabs('l'); // other disguised tabs show their cover too
            }}
          >
            {t('lockNow', { cover: coverName })}
          </button>{' '}
          <button type="button" class="button secondary" onClick={() => void model.remove()}>
            {t('remove')}
          </button>
        </p>
      )}

      <h2>{hidden ? t('changeTitle') : t('setTitle')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void model.save();
        }}
      >
        <RadioGroup
          name="cover-app"
          legend={t('coverLegend')}
          options={COVER_APPS.map((id) => ({ value: id, label: t(`covers.${id}`) }))}
          value={app}
          onChange={(id) => {
            const chosen = COVER_APPS.find((known) => known === id);
            if (chosen) model.chooseApp(chosen);
          }}
        />
        {problem && <ErrorMessage alert>{t(problem)}</ErrorMessage>}
        <Field
          id="code"
          label={t('codeLabel')}
          hint={t('codeHint')}
          inputMode="numeric"
          maxLength={8}
          value={code}
          onInput={(value) => model.typeCode(value)}
        />
        <Field
          id="code-again"
          label={t('confirmLabel')}
          inputMode="numeric"
          maxLength={8}
          value={again}
          onInput={(value) => model.typeAgain(value)}
        />
        <button type="submit" class="button" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
      </form>

      <h2>{t('identityTitle')}</h2>
      <p>{t('identityText')}</p>
      <p class="note">{installed ? t('identityInstalled') : t('identityWarning')}</p>
      <RadioGroup
        name="identity"
        legend={t('identityLegend')}
        disabled={installed}
        options={IDENTITIES.map((id: Identity) => ({
          value: id,
          label: t(`identities.${id}`),
          icon: <img src={`/icons/${id}.svg`} alt="" width={32} height={32} />,
        }))}
        value={identity}
        onChange={(id) => {
          if (isIdentity(id)) model.chooseIdentity(id);
        }}
      />

      <h2>{t('exitTitle')}</h2>
      <p>{t('exitText')}</p>
      <RadioGroup
        name="exit-to"
        legend={t('exitLegend')}
        options={deploy.exit.choices.map((url) => ({
          value: url,
          label: (
            <span class="ltr-always">{url.replace(/^https:\/\//, '').replace(/\/$/, '')}</span>
          ),
        }))}
        value={deploy.exit.choices.find((url) => new URL(exit).href === new URL(url).href) ?? ''}
        onChange={(url) => model.chooseExit(url)}
      />

      <h2>{t('clearTitle')}</h2>
      <p>{t('clearText')}</p>
      <p>
        <button
          type="button"
          class="button warning"
          onClick={() => {
            quickExit.exitAndClear(clearThisDevice);
          }}
        >
          {t('clearButton')}
        </button>
      </p>
    </>
  );
}
