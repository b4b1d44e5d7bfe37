import type { ComponentChildren } from 'preact';
import styles from './RadioGroup.module.css';

export interface RadioOption {
  value: string;
  label: ComponentChildren;
  /** A small decorative picture before the label (alt=""). */
  icon?: ComponentChildren;
}

/** One choice from a few, with a legend that names the question. */
export function RadioGroup(props: {
  name: string;
  legend: ComponentChildren;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset class={styles.group} disabled={props.disabled}>
      <legend class={styles.legend}>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} class={styles.option}>
          <input
            class={styles.radio}
            type="radio"
            autocomplete="off"
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.icon}
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
