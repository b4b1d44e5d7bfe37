import { useState } from 'preact/hooks';
import { Field } from './Field.tsx';
import { Checkbox } from './Checkbox.tsx';

/**
 * A passphrase box with a "show" checkbox beside it. Quiet like every field (see quiet.ts). Never
 * inside a native <form> submission: screens use buttons and Enter handlers instead.
 */
export function PassphraseField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onEnter?: () => void;
  showLabel: string;
  error?: string | undefined;
  hint?: string | undefined;
  disabled?: boolean;
}) {
  const [shown, setShown] = useState(false);
  const { showLabel, ...field } = props;
  return (
    <>
      <Field {...field} type={shown ? 'text' : 'password'} />
      <Checkbox label={showLabel} checked={shown} onChange={setShown} />
    </>
  );
}
