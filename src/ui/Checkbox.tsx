import styles from './Checkbox.module.css';

/** A checkbox with its label beside it; the whole row is the target. */
export function Checkbox(props: {
  id?: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label class={styles.checkbox}>
      <input
        id={props.id}
        class={styles.box}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <span class={styles.label}>
        {props.label}
        {props.hint && <span class={styles.hint}>{props.hint}</span>}
      </span>
    </label>
  );
}
