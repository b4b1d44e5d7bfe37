import styles from './ErrorMessage.module.css';

/**
 * A kind, specific message. Tied to a field (`id`, read through aria-describedby) it is polite;
 * after an action the person just took (`alert`) it is announced at once.
 */
export function ErrorMessage(props: { id?: string; alert?: boolean; children: string }) {
  return (
    <p id={props.id} class={styles.error} role={props.alert ? 'alert' : undefined}>
      {props.children}
    </p>
  );
}
