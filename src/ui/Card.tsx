import type { ComponentChildren } from 'preact';
import styles from './Card.module.css';

/** A bordered group with a heading, for one service, one step or one choice. */
export function Card(props: { title?: string; level?: 2 | 3; children: ComponentChildren }) {
  const Heading = props.level === 3 ? 'h3' : 'h2';
  return (
    <section class={styles.card}>
      {props.title && <Heading class={styles.title}>{props.title}</Heading>}
      {props.children}
    </section>
  );
}
