// WARNING: part of the first chunk (cover). Keep it small.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ParseKeys } from 'i18next';
import { useT } from '../../i18n/use-t.ts';
import { emptyCalc, press, type CalcKey } from './calculator.ts';

const PAD: [CalcKey, ParseKeys | null, string?][] = [
  ['C', 'cover.keys.clear', 'fn'],
  ['⌫', 'cover.keys.delete', 'fn'],
  ['%', 'cover.keys.percent', 'fn'],
  ['÷', 'cover.keys.divide', 'op'],
  ['7', null],
  ['8', null],
  ['9', null],
  ['×', 'cover.keys.multiply', 'op'],
  ['4', null],
  ['5', null],
  ['6', null],
  ['−', 'cover.keys.minus', 'op'],
  ['1', null],
  ['2', null],
  ['3', null],
  ['+', 'cover.keys.plus', 'op'],
  ['0', null, 'wide'],
  ['.', 'cover.keys.point'],
  ['=', 'cover.keys.equals', 'eq'],
];

const KEYBOARD: Record<string, CalcKey> = {
  '+': '+',
  '-': '−',
  '*': '×',
  x: '×',
  '/': '÷',
  '%': '%',
  '.': '.',
  ',': '.',
  '=': '=',
  Enter: '=',
  Backspace: '⌫',
  Escape: 'C',
  Delete: 'C',
};

/**
 * The calculator cover. It works like any phone calculator. Typing the unlock code and then "="
 * opens the app; the check runs after the result is already on screen and never changes it, so a
 * wrong code is just a sum.
 */
export function Calculator({ onCode }: { onCode: (code: string) => void }) {
  const t = useT();
  const [state, setState] = useState(emptyCalc);
  const latest = useRef(state);

  // The newest onCode, so the keyboard listener below is added once and never calls a stale one.
  const codeHandler = useRef(onCode);
  codeHandler.current = onCode;
  const hit = useCallback((key: CalcKey): void => {
    const before = latest.current;
    const after = press(before, key);
    latest.current = after;
    setState(after);
    if (key === '=' && /^\d{4,8}$/.test(before.keys)) codeHandler.current(before.keys);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' '))
        return; // the focused key is being pressed
      const key = /^\d$/.test(event.key) ? (event.key as CalcKey) : KEYBOARD[event.key];
      if (!key) return;
      event.preventDefault();
      hit(key);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hit]);

  const shown = state.error ? t('cover.error') : state.display || '0';
  return (
    <main class="cover calc">
      <h1 class="visually-hidden">{t('cover.calcTitle')}</h1>
      <div class="calc-screen">
        <div class="calc-history" aria-hidden="true">
          {state.done ? state.history : ''}
        </div>
        <output class="calc-display" aria-live="polite" aria-label={t('cover.result')}>
          {shown}
        </output>
      </div>
      <div class="calc-pad">
        {PAD.map(([key, label, kind]) => (
          <button
            type="button"
            key={key}
            class={`calc-key ${kind ?? ''}`}
            aria-label={label ? t(label) : undefined}
            onClick={() => hit(key)}
          >
            {key}
          </button>
        ))}
      </div>
    </main>
  );
}
