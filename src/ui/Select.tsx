import styles from './Field.module.css';

/** A labelled drop-down list. */
export function Select(props: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div class={styles.field}>
      <label class={styles.label} for={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        class={styles.input}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
