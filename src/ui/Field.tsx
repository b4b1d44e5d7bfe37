import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import styles from './Field.module.css';
import { quietRef } from './quiet.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Enter runs this instead of submitting anything: the app never uses native form submission. */
  onEnter?: () => void;
  hint?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'search' | 'password' | 'tel' | 'date' | 'time';
  inputMode?: 'text' | 'numeric' | 'decimal' | 'search' | 'tel';
  /** A text area for longer notes, `rows` lines high (5 unless given). */
  multiline?: boolean;
  rows?: number;
  /** Runs when the person leaves a changed field: a screen can save then. */
  onChange?: () => void;
  disabled?: boolean;
  maxLength?: number;
  /** Shown under the control, such as a count of characters near a limit. */
  after?: ComponentChildren;
  /** The id of what `after` shows, read with the field. */
  afterId?: string | undefined;
}

/** The ids a field's control points at, so hint and error are read with it. */
export function describedBy(
  id: string,
  hint?: string,
  error?: string,
  afterId?: string,
): string | undefined {
  return (
    [hint && `${id}-hint`, error && `${id}-error`, afterId].filter(Boolean).join(' ') || undefined
  );
}

/**
 * A labelled text field. Every text field in the app is quiet (see quiet.ts); this part is the one
 * place that rule lives.
 */
export function Field(props: FieldProps) {
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Enter' && props.onEnter && !props.multiline) {
      event.preventDefault();
      props.onEnter();
    }
  };
  const control = {
    id: props.id,
    class: styles.input,
    value: props.value,
    ref: quietRef,
    disabled: props.disabled,
    maxLength: props.maxLength,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(props.id, props.hint, props.error, props.afterId),
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      props.onInput(event.currentTarget.value),
    onKeyDown,
    onChange: props.onChange,
  };
  return (
    <div class={props.error ? `${styles.field} ${styles.invalid}` : styles.field}>
      <label class={styles.label} for={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <p id={`${props.id}-hint`} class={styles.hint}>
          {props.hint}
        </p>
      )}
      {props.error && <ErrorMessage id={`${props.id}-error`}>{props.error}</ErrorMessage>}
      {props.multiline ? (
        <textarea {...control} rows={props.rows ?? 5} />
      ) : (
        <input
          {...control}
          // preact types each input type apart; every type listed above takes these attributes.
          {...({ type: props.type ?? 'text' } as { type: 'text' })}
          inputMode={props.type === 'password' ? undefined : props.inputMode}
        />
      )}
      {props.after}
    </div>
  );
}
