import { useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';

/**
 * A passphrase box. Spec 34: no autocomplete, spell check, capitals or autocorrect, so browsers
 * and keyboards are less likely to remember or send what is typed. Never inside a native <form>
 * submission: the screens use buttons and Enter handlers instead.
 */
export function PassphraseField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onEnter?: () => void;
  showLabel: string;
  error?: string | undefined;
  hint?: string | undefined;
  disabled?: boolean;
}) {
  const [shown, setShown] = useState(false);
  const describedBy = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
    .filter(Boolean)
    .join(' ');
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter' && props.onEnter) {
      event.preventDefault();
      props.onEnter();
    }
  };
  const common = {
    id: props.id,
    value: props.value,
    autocomplete: 'off',
    autocapitalize: 'off',
    // Chromium reflects `autocorrect` as a boolean property, so the string 'off' would turn it
    // on: set these as attributes, which every browser and keyboard reads.
    ref: (input: HTMLInputElement | null) => {
      input?.setAttribute('autocorrect', 'off');
      input?.setAttribute('spellcheck', 'false');
    },
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    disabled: props.disabled,
    onInput: (event: { currentTarget: HTMLInputElement }) =>
      props.onInput(event.currentTarget.value),
    onKeyDown,
  } as const;
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p id={`${props.id}-hint`} class="muted field-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.id}-error`} class="error-text">
          {props.error}
        </p>
      )}
      {shown ? <input type="text" {...common} /> : <input type="password" {...common} />}
      <label class="show-toggle">
        <input type="checkbox" checked={shown} onChange={() => setShown(!shown)} />{' '}
        {props.showLabel}
      </label>
    </div>
  );
}

export function Confirm(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div class="field">
      <label class="check">
        <input
          id={props.id}
          type="checkbox"
          checked={props.checked}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
        />{' '}
        {props.label}
      </label>
    </div>
  );
}

/** A heading at the level the embedding screen needs; level 1 gets focus after navigation. */
export function Heading({ level, children }: { level: 1 | 2; children: string }) {
  return level === 1 ? <h1 tabIndex={-1}>{children}</h1> : <h2 tabIndex={-1}>{children}</h2>;
}
