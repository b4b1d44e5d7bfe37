import { useState } from 'preact/hooks';
import styles from './DestructiveConfirm.module.css';
import { Checkbox } from './Checkbox.tsx';
import { ButtonGroup } from './ButtonGroup.tsx';

/**
 * A step that cannot be undone: says what will be lost, asks the person to tick that they
 * understand, and only then enables the action. Cancel is always there and never destructive.
 */
export function DestructiveConfirm(props: {
  warning: string;
  understandLabel: string;
  actionLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel?: () => void;
  busy?: boolean;
}) {
  const [understood, setUnderstood] = useState(false);
  return (
    <div class={styles.box}>
      <p class={styles.warning}>{props.warning}</p>
      <Checkbox label={props.understandLabel} checked={understood} onChange={setUnderstood} />
      <ButtonGroup>
        <button
          type="button"
          class={`button ${styles.danger}`}
          disabled={!understood || props.busy}
          onClick={props.onConfirm}
        >
          {props.actionLabel}
        </button>
        {props.onCancel && props.cancelLabel && (
          <button type="button" class="button secondary" onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
        )}
      </ButtonGroup>
    </div>
  );
}
