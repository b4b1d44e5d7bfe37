import type { ComponentChildren } from 'preact';
import { navigation, type ScreenRef } from '../app/navigation.ts';
import styles from './InAppLink.module.css';

/** A link to another screen of the app. It adds no history entry and never changes the address. */
export function InAppLink(props: { to: ScreenRef; children: ComponentChildren }) {
  return (
    <button type="button" class={styles.link} onClick={() => navigation.go(props.to)}>
      {props.children}
    </button>
  );
}
