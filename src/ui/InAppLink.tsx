import type { ComponentChildren } from 'preact';
import type { ScreenRef } from '../core/navigation.ts';
import { useNavigation } from '../core/services.ts';
import styles from './InAppLink.module.css';

/** A link to another screen of the app. It adds no history entry and never changes the address. */
export function InAppLink(props: {
  to: ScreenRef;
  children: ComponentChildren;
  /** A link on its own line gets a full-size target (WCAG 2.5.8); one inside a sentence does not need it. */
  standalone?: boolean;
}) {
  const navigation = useNavigation();
  return (
    <button
      type="button"
      class={props.standalone ? `${styles.link} ${styles.standalone}` : styles.link}
      onClick={() => navigation.open(props.to)}
    >
      {props.children}
    </button>
  );
}
