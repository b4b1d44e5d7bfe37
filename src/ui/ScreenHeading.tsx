import styles from './ScreenHeading.module.css';

/**
 * The one h1 of a screen, with an optional short lead. The screen host moves focus to it after
 * every screen change, so screen readers start at the top of the new screen.
 */
export function ScreenHeading(props: { children: string; lead?: string }) {
  return (
    <>
      <h1 class={styles.heading} tabIndex={-1}>
        {props.children}
      </h1>
      {props.lead && <p class={styles.lead}>{props.lead}</p>}
    </>
  );
}
