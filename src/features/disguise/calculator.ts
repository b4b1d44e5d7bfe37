// WARNING: part of the first chunk (cover). Keep it small.

/**
 * A real, ordinary calculator: digits, + − × ÷, percent, decimal point, delete, clear and equals,
 * with the usual precedence (× and ÷ before + and −). `keys` keeps exactly what was pressed since
 * the last clear or equals, so the view can check an unlock code without changing what it shows.
 */
export type CalcKey =
  | '0'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | '.'
  | '+'
  | '−'
  | '×'
  | '÷'
  | '%'
  | '='
  | 'C'
  | '⌫';

export interface CalcState {
  /** What the display shows: the expression being typed, or the last result. */
  display: string;
  /** The expression shown above the result after equals, e.g. "12+30". */
  history: string;
  /** The display holds a result (or an error): a digit starts a new sum. */
  done: boolean;
  error: boolean;
  /** Keys pressed since the last clear or equals. */
  keys: string;
}

export const emptyCalc: CalcState = {
  display: '',
  history: '',
  done: false,
  error: false,
  keys: '',
};

const OPS = '+−×÷';
const isOp = (c: string | undefined): boolean => c !== undefined && OPS.includes(c);

/** Formats a result the way a pocket calculator would: at most 12 significant digits. */
export function formatNumber(n: number): string {
  if (Object.is(n, -0)) return '0';
  const text = String(Number(n.toPrecision(12)));
  return text.replace('-', '−');
}

/** Evaluates an expression such as "−3+4×2.5%" ; undefined when it cannot be worked out. */
export function evaluate(expr: string): number | undefined {
  const tokens = expr.replace(/−/g, '-').match(/(\d+\.?\d*|\.\d+)%*|[-+×÷]/g);
  if (!tokens) return undefined;
  const numbers: number[] = [];
  const ops: string[] = [];
  let sign = 1;
  let expectNumber = true;
  for (const token of tokens) {
    if (expectNumber) {
      if (token === '-') {
        sign = -sign;
        continue;
      }
      if (token === '+') continue;
      if (isOp(token) || token === '×' || token === '÷') return undefined;
      const percents = token.length - token.replace(/%/g, '').length;
      numbers.push(sign * Number(token.replace(/%/g, '')) * 0.01 ** percents);
      sign = 1;
      expectNumber = false;
    } else {
      ops.push(token);
      expectNumber = true;
    }
  }
  if (expectNumber) ops.pop(); // a trailing operator is ignored, as on a phone
  // × and ÷ first, then + and − from left to right.
  const sums: number[] = [numbers[0] ?? 0];
  const signs: string[] = [];
  ops.forEach((op, i) => {
    const next = numbers[i + 1] ?? 0;
    if (op === '×' || op === '÷') {
      const last = sums.pop() ?? 0;
      sums.push(op === '×' ? last * next : last / next);
    } else {
      signs.push(op);
      sums.push(next);
    }
  });
  let total = sums[0] ?? 0;
  signs.forEach((op, i) => (total += (op === '-' ? -1 : 1) * (sums[i + 1] ?? 0)));
  return Number.isFinite(total) ? total : undefined;
}

export function press(state: CalcState, key: CalcKey): CalcState {
  const keys = key === 'C' || key === '=' ? '' : state.keys + key;
  if (key === 'C') return emptyCalc;
  if (key === '=') {
    if (state.display === '' || state.done) return { ...state, keys };
    const value = evaluate(state.display);
    if (value === undefined) {
      return { display: '', history: state.display, done: true, error: true, keys };
    }
    return { display: formatNumber(value), history: state.display, done: true, error: false, keys };
  }
  let display = state.error ? '' : state.display;
  if (key === '⌫') {
    return { ...state, display: state.done ? '' : display.slice(0, -1), done: false, keys };
  }
  const digitLike = /[\d.]/.test(key);
  if (state.done && digitLike) display = '';
  const current = /[\d.]*%*$/.exec(display)?.[0] ?? '';
  if (key === '.') {
    if (current.includes('.') || current.includes('%')) return { ...state, keys };
    display += current === '' ? '0.' : '.';
  } else if (digitLike) {
    if (current.includes('%')) return { ...state, keys };
    // No leading zeros: "0" then "7" shows "7", as on a phone.
    display = current === '0' ? display.slice(0, -1) + key : display + key;
  } else if (key === '%') {
    if (current === '') return { ...state, keys };
    display += '%';
  } else {
    // An operator replaces a trailing one, except a minus after × or ÷ (a negative number).
    const last = display.at(-1);
    if (display === '' && key !== '−') return { ...state, keys };
    if (isOp(last)) {
      if (key === '−' && (last === '×' || last === '÷')) display += key;
      else display = display.replace(/[+−×÷]+$/, '') + key;
      if (display === key && key !== '−') display = '';
    } else display += key;
  }
  return { display, history: state.done ? '' : state.history, done: false, error: false, keys };
}
