import styles from './CallButton.module.css';
import { PhoneIcon } from './icons.tsx';

/**
 * A real tel: link that shows the number itself, so a person can also read it out or dial it on
 * another phone. The number is isolated left to right, so it reads correctly in Urdu.
 */
export function CallButton(props: {
  /** A checked tel: link (services/links.ts channelHref). */
  href: string;
  number: string;
  label: string;
}) {
  return (
    <a class={styles.call} href={props.href} aria-label={props.label}>
      <PhoneIcon class={styles.icon} />
      <span class={styles.number}>{props.number}</span>
    </a>
  );
}
