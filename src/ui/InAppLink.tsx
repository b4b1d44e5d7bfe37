import type { ComponentChildren } from 'preact';
import type { ScreenRef } from '../core/navigation.ts';
import { useNavigation } from '../core/services.ts';
import styles from './InAppLink.module.css';

/** A link to another screen of the app. It adds no history entry and never changes the address. */
export function InAppLink(props: { to: ScreenRef; children: ComponentChildren }) {
  const navigation = useNavigation();
  return (
    <button type="button" class={styles.link} onClick={() => navigation.open(props.to)}>
      {props.children}
    </button>
  );
}
