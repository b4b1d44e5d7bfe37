import { Checkbox } from '../../ui/Checkbox.tsx';

// The passphrase box is a shared part now; the vault screens keep importing it from here.
export { PassphraseField } from '../../ui/PassphraseField.tsx';

/** An "I understand" tick box that a risky step waits for. */
export function Confirm(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return <Checkbox {...props} />;
}

/** A heading at the level the embedding screen needs; level 1 gets focus after navigation. */
export function Heading({ level, children }: { level: 1 | 2; children: string }) {
  return level === 1 ? <h1 tabIndex={-1}>{children}</h1> : <h2 tabIndex={-1}>{children}</h2>;
}
