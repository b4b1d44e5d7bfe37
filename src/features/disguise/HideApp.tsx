import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { deploy } from '../../app/deploy.ts';
import { setPref } from '../../storage/prefs.ts';
import { tellOtherTabs } from '../../storage/other-tabs.ts';
import { exitAndClear, exitUrl, setExitUrl } from '../quick-exit/quick-exit.ts';
import { clearThisDevice } from './clear-device.ts';
import { CODE_PATTERN, hashCode } from './code-hash.ts';
import { applyIdentity, IDENTITIES, isIdentity, isInstalled, type Identity } from './identity.ts';
import { COVER_APPS, coverApp, isDisguised, lock, setStart, type CoverApp } from './lock.ts';

const currentIdentity = (): string =>
  document.querySelector('link[rel="manifest"]')?.getAttribute('href')?.slice(1, -12) ?? '';

/**
 * "Hide this app": choose a cover and a secret number, change or remove them, choose the name and
 * icon before install, choose where quick exit goes, and exit while clearing everything.
 */
export function HideApp() {
  const t = useT('disguise');
  const [hidden, setHidden] = useState(isDisguised);
  const [app, setApp] = useState<CoverApp>(coverApp);
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<'codeInvalid' | 'codeMismatch' | 'saveFailed' | null>(
    null,
  );
  const [done, setDone] = useState<'saved' | 'removed' | null>(null);
  const [matched, setMatched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [identity, setIdentity] = useState(currentIdentity);
  const [exit, setExit] = useState(exitUrl);
  const installed = isInstalled();
  const coverName = t(`covers.${coverApp()}`);

  const save = async (): Promise<void> => {
    setDone(null);
    setMatched(false);
    if (!CODE_PATTERN.test(code)) return setProblem('codeInvalid');
    if (code !== again) return setProblem('codeMismatch');
    setProblem(null);
    setBusy(true);
    try {
      const value = { app, code: await hashCode(code) };
      await setPref('start', value);
      setStart(value);
      tellOtherTabs('d'); // every open tab shows the cover now, and after every hide
      // The cover and the home-screen name and icon must tell the same story. Before install
      // they can still be matched, so match them; after install the screen says how.
      if (!installed && identity !== app) {
        chooseIdentity(app);
        setMatched(true);
      }
      setHidden(true);
      setDone('saved');
      setCode('');
      setAgain('');
    } catch {
      setProblem('saveFailed');
    } finally {
      setBusy(false);
    }
  };

  const remove = async (): Promise<void> => {
    try {
      await setPref('start', false);
      setStart(false);
      tellOtherTabs('d');
      setHidden(false);
      setDone('removed');
    } catch {
      setProblem('saveFailed');
    }
  };

  const chooseIdentity = (id: Identity): void => {
    applyIdentity(id);
    setIdentity(id);
    void setPref('look', id).catch(() => undefined);
  };

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
        {hidden && installed && isIdentity(identity) && identity !== coverApp() && (
          <p>{t('identityMismatch', { name: t(`identities.${identity}`) })}</p>
        )}
        {done === 'removed' && <p>{t('removed')}</p>}
        {!done && <p>{hidden ? t('statusOn', { cover: coverName }) : t('statusOff')}</p>}
        {hidden && <p>{t(`unlockHint.${coverApp()}`)}</p>}
      </div>
      {hidden && (
        <p class="actions">
          <button
            type="button"
            class="button"
            onClick={() => {
              lock();
              tellOtherTabs('l');
            }}
          >
            {t('lockNow', { cover: coverName })}
          </button>{' '}
          <button type="button" class="button secondary" onClick={() => void remove()}>
            {t('remove')}
          </button>
        </p>
      )}

      <h2>{hidden ? t('changeTitle') : t('setTitle')}</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
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
                onChange={() => setApp(id)}
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
            onInput={(e) => setCode(e.currentTarget.value.trim())}
          />
        </p>
        <p class="field">
          <label for="code-again">{t('confirmLabel')}</label>
          <input
            id="code-again"
            {...field}
            value={again}
            onInput={(e) => setAgain(e.currentTarget.value.trim())}
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
              onChange={() => {
                chooseIdentity(id);
              }}
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
              onChange={() => {
                setExitUrl(url);
                setExit(url);
                void setPref('exit', url).catch(() => undefined);
              }}
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
            exitAndClear(clearThisDevice);
          }}
        >
          {t('clearButton')}
        </button>
      </p>
    </>
  );
}
