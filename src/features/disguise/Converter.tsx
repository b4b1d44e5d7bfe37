// WARNING: part of the first chunk (cover). Keep it small.
import { useState } from 'preact/hooks';
import type { ParseKeys } from 'i18next';
import { useT } from '../../i18n/use-t.ts';
import { convert, KINDS, type Kind } from './converter.ts';
import { formatNumber } from './calculator.ts';
import { quietRef } from '../../ui/quiet.ts';

const FIRST: Record<Kind, [string, string]> = {
  length: ['m', 'ft'],
  weight: ['kg', 'lb'],
  volume: ['l', 'pt'],
  temperature: ['c', 'f'],
};

/**
 * The unit converter cover. It converts as you type. Typing the unlock code as the amount and then
 * pressing Enter or "Swap units" opens the app; a wrong code is just a number to convert.
 */
export function Converter({ onCode }: { onCode: (code: string) => void }) {
  const t = useT();
  const [kind, setKind] = useState<Kind>('length');
  const [from, setFrom] = useState('m');
  const [to, setTo] = useState('ft');
  const [amount, setAmount] = useState('1');

  const value = Number(amount.replace(',', '.'));
  const result =
    amount.trim() === '' || Number.isNaN(value) ? undefined : convert(kind, value, from, to);
  const units = Object.keys(KINDS[kind]);
  const unitName = (unit: string): string => t(`cover.units.${unit}` as ParseKeys);
  const options = units.map((unit) => (
    <option key={unit} value={unit}>
      {unitName(unit)}
    </option>
  ));
  const check = (): void => onCode(amount.trim());

  return (
    <main class="cover units">
      <h1>{t('cover.unitsTitle')}</h1>
      <div class="units-form">
        <label for="units-kind">{t('cover.kind')}</label>
        <select
          id="units-kind"
          value={kind}
          onChange={(e) => {
            const next = e.currentTarget.value as Kind;
            setKind(next);
            setFrom(FIRST[next][0]);
            setTo(FIRST[next][1]);
          }}
        >
          {(Object.keys(KINDS) as Kind[]).map((k) => (
            <option key={k} value={k}>
              {t(`cover.kinds.${k}`)}
            </option>
          ))}
        </select>
        <label for="units-amount">{t('cover.value')}</label>
        <input
          id="units-amount"
          type="text"
          inputMode="decimal"
          ref={quietRef}
          value={amount}
          onInput={(e) => setAmount(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') check();
          }}
        />
        <label for="units-from">{t('cover.from')}</label>
        <select id="units-from" value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
          {options}
        </select>
        <button
          type="button"
          class="button secondary units-swap"
          onClick={() => {
            setFrom(to);
            setTo(from);
            check();
          }}
        >
          <span aria-hidden="true">⇅</span> {t('cover.swap')}
        </button>
        <label for="units-to">{t('cover.to')}</label>
        <select id="units-to" value={to} onChange={(e) => setTo(e.currentTarget.value)}>
          {options}
        </select>
      </div>
      <output class="units-result" for="units-amount units-from units-to" aria-live="polite">
        {result === undefined ? '–' : `${formatNumber(result)} ${unitName(to)}`}
      </output>
    </main>
  );
}
