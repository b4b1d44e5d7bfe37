import { useMemo } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { deploy } from '../../core/deploy.ts';
import { useServices } from '../../core/services.ts';
import { setPref } from '../../storage/prefs.ts';
import { tellOtherTabs } from '../../storage/other-tabs.ts';
import { clearThisDevice } from './clear-device.ts';
import { hashCode } from './code-hash.ts';
import { createHideAppModel } from './hide-app-model.ts';
import { IDENTITIES, isInstalled, type Identity } from './identity.ts';
import { COVER_APPS } from './lock.ts';

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

  const field = {
    type: 'text',
    inputMode: 'numeric',
    autocomplete: 'off',
    spellcheck: false,
    autocapitalize: 'off',
    autocorrect: 'off',
    maxLength: 8,
  } as const;

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
        <fieldset class="choices">
          <legend>{t('coverLegend')}</legend>
          {COVER_APPS.map((id) => (
            <label key={id} class="choice">
              <input
                type="radio"
                name="cover-app"
                value={id}
                checked={app === id}
                onChange={() => model.chooseApp(id)}
              />{' '}
              {t(`covers.${id}`)}
            </label>
          ))}
        </fieldset>
        {problem && (
          <p class="error" role="alert">
            {t(problem)}
          </p>
        )}
        <p class="field">
          <label for="code">{t('codeLabel')}</label>
          <span class="hint" id="code-hint">
            {t('codeHint')}
          </span>
          <input
            id="code"
            {...field}
            aria-describedby="code-hint"
            value={code}
            onInput={(e) => model.typeCode(e.currentTarget.value)}
          />
        </p>
        <p class="field">
          <label for="code-again">{t('confirmLabel')}</label>
          <input
            id="code-again"
            {...field}
            value={again}
            onInput={(e) => model.typeAgain(e.currentTarget.value)}
          />
        </p>
        <button type="submit" class="button" disabled={busy}>
          {busy ? t('saving') : t('save')}
        </button>
      </form>

      <h2>{t('identityTitle')}</h2>
      <p>{t('identityText')}</p>
      <p class="note">{installed ? t('identityInstalled') : t('identityWarning')}</p>
      <fieldset class="choices" disabled={installed}>
        <legend>{t('identityLegend')}</legend>
        {IDENTITIES.map((id: Identity) => (
          <label key={id} class="choice">
            <input
              type="radio"
              name="identity"
              value={id}
              checked={identity === id}
              onChange={() => model.chooseIdentity(id)}
            />{' '}
            <img src={`/icons/${id}.svg`} alt="" width={32} height={32} class="choice-icon" />{' '}
            {t(`identities.${id}`)}
          </label>
        ))}
      </fieldset>

      <h2>{t('exitTitle')}</h2>
      <p>{t('exitText')}</p>
      <fieldset class="choices">
        <legend>{t('exitLegend')}</legend>
        {deploy.exit.choices.map((url) => (
          <label key={url} class="choice">
            <input
              type="radio"
              name="exit-to"
              value={url}
              checked={new URL(exit).href === new URL(url).href}
              onChange={() => model.chooseExit(url)}
            />{' '}
            <span class="ltr-always">{url.replace(/^https:\/\//, '').replace(/\/$/, '')}</span>
          </label>
        ))}
      </fieldset>

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
