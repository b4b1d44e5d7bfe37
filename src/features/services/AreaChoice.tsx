import { useState } from 'preact/hooks';
import { currentLanguage } from '../../i18n/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { Field } from '../../ui/Field.tsx';
import type { Area } from '../../regions/schema.ts';
import { areasForPostcode, changeArea } from './area-choice.ts';
import { chooseArea } from './choose-area.ts';
import { areas, currentArea } from './directory.ts';
import { localText } from './text.ts';

/**
 * Where one deployment serves several areas: the person's area and a way to change it, or, until
 * they choose, a short list of the areas and a field for the first half of their postcode, matched
 * here on the device. With one area this shows nothing. National lines show whatever is chosen.
 */
export function AreaChoice() {
  if (areas.length < 2) return null;
  const area = currentArea();
  return area ? <ChosenArea area={area} /> : <ChooseArea />;
}

function ChosenArea({ area }: { area: Area }) {
  const t = useT('services');
  return (
    <p class="area-choice">
      {t('area.yours', { area: localText(area.name, currentLanguage()) })}{' '}
      <button type="button" class="link-button inline-link" onClick={changeArea}>
        {t('area.change')}
      </button>
    </p>
  );
}

function ChooseArea() {
  const t = useT('services');
  const lang = currentLanguage();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [offered, setOffered] = useState<readonly Area[]>(areas);
  const find = (): void => {
    const found = areasForPostcode(areas, typed);
    if (found === undefined) {
      setError(t('area.notPostcode'));
      setOffered(areas);
    } else if (found.areas.length === 0) {
      setError(t('area.unknown', { district: found.district }));
      setOffered(areas);
    } else if (found.areas.length === 1 && found.areas[0]) {
      void chooseArea(found.areas[0].id);
    } else {
      setError(undefined);
      setOffered(found.areas);
    }
  };
  return (
    <section class="area-choice" aria-labelledby="area-choice-title">
      <h2 id="area-choice-title">{t('area.title')}</h2>
      <p>{t('area.lead')}</p>
      <Field
        id="area-postcode"
        label={t('area.postcode')}
        hint={t('area.postcodeHint')}
        value={typed}
        error={error}
        maxLength={10}
        onInput={(value) => {
          setTyped(value);
          setError(undefined);
        }}
        onEnter={find}
      />
      <p>
        <button type="button" class="button secondary" onClick={find}>
          {t('area.find')}
        </button>
      </p>
      <p>{t('area.pick')}</p>
      <ul class="service-links">
        {offered.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              class="link-button inline-link"
              onClick={() => void chooseArea(a.id)}
            >
              {localText(a.name, lang)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
