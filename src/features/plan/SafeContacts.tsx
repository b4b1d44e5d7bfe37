import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t.ts';
import { usePlanModel } from './plan-store.ts';
import { isDiallable, smsHref, telHref } from './contact-links.ts';
import { Field, onSubmit, SaveStatusLine } from './parts.tsx';

/** Safe contacts: name, number and code word; one tap to call or text (tel:/sms: links only). */
export function SafeContacts() {
  const t = useT('plan');
  const model = usePlanModel();
  const [resumed] = useState(() => model.takeResumed('contact', ''));
  const [name, setName] = useState(resumed?.name ?? '');
  const [number, setNumber] = useState(resumed?.number ?? '');
  const [codeWord, setCodeWord] = useState(resumed?.codeWord ?? '');
  // Kept encrypted as it is typed, so a lock never loses it.
  const typed = (fields: { name: string; number: string; codeWord: string }): void =>
    model.typing({ kind: 'contact', ...fields });
  const [problem, setProblem] = useState(false);
  const [removing, setRemoving] = useState<string | undefined>();

  const add = async (): Promise<void> => {
    if (!name.trim() || !isDiallable(number)) {
      setProblem(true);
      return;
    }
    setProblem(false);
    const result = await model.addContact({
      name: name.trim(),
      number: number.trim(),
      codeWord: codeWord.trim(),
    });
    // Clear the form only once saved: on failure it keeps what was typed.
    if (result.ok) {
      setName('');
      setNumber('');
      setCodeWord('');
    }
  };

  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('contacts.title')}</h2>
      <p class="note">{t('contacts.callLogReminder')}</p>
      {model.contacts.value.length === 0 ? (
        <p>{t('contacts.none')}</p>
      ) : (
        <ul class="contact-list">
          {model.contacts.value.map((c) => (
            <li key={c.id} class="contact">
              <span class="contact-name">{c.name}</span> <span class="ltr-always">{c.number}</span>
              {c.codeWord && <p>{t('contacts.codeWordShown', { word: c.codeWord })}</p>}
              <p class="actions">
                <a class="button" href={telHref(c.number)}>
                  {t('contacts.call', { name: c.name })}
                </a>
                <a class="button secondary" href={smsHref(c.number)}>
                  {t('contacts.text', { name: c.name })}
                </a>
                <button type="button" class="link-button" onClick={() => setRemoving(c.id)}>
                  {t('contacts.remove', { name: c.name })}
                </button>
              </p>
              {removing === c.id && (
                <div class="note" role="group" aria-labelledby={`remove-${c.id}`}>
                  <p id={`remove-${c.id}`}>{t('contacts.confirmRemove', { name: c.name })}</p>
                  <p class="actions">
                    <button
                      type="button"
                      class="button"
                      onClick={() => {
                        setRemoving(undefined);
                        void model.removeContact(c.id);
                      }}
                    >
                      {t('contacts.confirmYes')}
                    </button>
                    <button
                      type="button"
                      class="button secondary"
                      onClick={() => setRemoving(undefined)}
                    >
                      {t('contacts.confirmNo')}
                    </button>
                  </p>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      <form
        class="contact-form"
        onSubmit={onSubmit(() => void add())}
        aria-labelledby="add-contact"
      >
        <h3 id="add-contact">{t('contacts.addTitle')}</h3>
        <Field
          id="contact-name"
          label={t('contacts.name')}
          value={name}
          onInput={(e) => {
            setName(e.currentTarget.value);
            typed({ name: e.currentTarget.value, number, codeWord });
          }}
          limit="contactName"
        />
        <Field
          id="contact-number"
          label={t('contacts.number')}
          type="tel"
          inputMode="tel"
          value={number}
          onInput={(e) => {
            setNumber(e.currentTarget.value);
            typed({ name, number: e.currentTarget.value, codeWord });
          }}
          limit="contactNumber"
        />
        <Field
          id="contact-code"
          label={t('contacts.codeWord')}
          hint={t('contacts.codeWordHint')}
          value={codeWord}
          onInput={(e) => {
            setCodeWord(e.currentTarget.value);
            typed({ name, number, codeWord: e.currentTarget.value });
          }}
          limit="codeWord"
        />
        {problem && (
          <p role="alert" class="error">
            {t('contacts.needNameAndNumber')}
          </p>
        )}
        <button type="submit" class="button">
          {t('contacts.add')}
        </button>
      </form>
      <SaveStatusLine part="contacts" />
    </section>
  );
}
