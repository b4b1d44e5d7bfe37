import styles from './ErrorMessage.module.css';

/**
 * A kind, specific message tied to a field or an action. It is polite, not an alert: the person
 * hears it when they reach the field (aria-describedby), not as an interruption mid-task.
 */
export function ErrorMessage(props: { id?: string; children: string }) {
  return (
    <p id={props.id} class={styles.error}>
      {props.children}
    </p>
  );
}
