import styles from './Field.module.css';

/** A labelled file picker (for example a backup file). */
export function FileField(props: {
  id: string;
  label: string;
  accept: string;
  onFile: (file: File | undefined) => void;
}) {
  return (
    <div class={styles.field}>
      <label class={styles.label} for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        class={styles.file}
        type="file"
        accept={props.accept}
        onChange={(event) => props.onFile(event.currentTarget.files?.[0])}
      />
    </div>
  );
}
