import type { ComponentChildren } from 'preact';
import styles from './ButtonGroup.module.css';

/** The actions of a screen or a step, the main one first. */
export function ButtonGroup(props: { children: ComponentChildren }) {
  return <div class={styles.group}>{props.children}</div>;
}
