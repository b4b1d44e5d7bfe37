import { useId } from 'preact/hooks';
import styles from './Checkbox.module.css';

/**
 * A checkbox with its label beside it; the whole label is the target. A hint sits under the
 * label and is read as the box's description, not as part of its name.
 */
export function Checkbox(props: {
  id?: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <div class={styles.checkbox}>
      <input
        id={id}
        class={styles.box}
        type="checkbox"
        // No browser restores a tick after a reload: what was ticked is nobody else's business.
        autocomplete="off"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <div class={styles.text}>
        <label class={styles.label} for={id}>
          {props.label}
        </label>
        {props.hint && (
          <p id={`${id}-hint`} class={styles.hint}>
            {props.hint}
          </p>
        )}
      </div>
    </div>
  );
}
