import styles from './CallButton.module.css';
import { PhoneIcon } from './icons.tsx';

/**
 * A real tel: link that shows the number itself, so a person can also read it out or dial it on
 * another phone. The number is isolated left to right, so it reads correctly in Urdu.
 */
export function CallButton(props: { tel: string; number: string; label: string }) {
  return (
    <a class={styles.call} href={`tel:${props.tel}`} aria-label={props.label}>
      <PhoneIcon class={styles.icon} />
      <span class={styles.number}>{props.number}</span>
    </a>
  );
}
