import styles from './RadioGroup.module.css';

export interface RadioOption {
  value: string;
  label: string;
}

/** One choice from a few, with a legend that names the question. */
export function RadioGroup(props: {
  name: string;
  legend: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <fieldset class={styles.group}>
      <legend class={styles.legend}>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} class={styles.option}>
          <input
            class={styles.radio}
            type="radio"
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
