import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { PassphraseField } from './PassphraseField.tsx';

describe('PassphraseField', () => {
  it('hides the passphrase until "show" is ticked, and stays quiet', () => {
    const { container } = render(
      <PassphraseField
        id="p"
        label="Passphrase"
        value="secret words"
        onInput={() => undefined}
        showLabel="Show passphrase"
      />,
    );
    const hidden = container.querySelector('input#p');
    expect(hidden?.getAttribute('type')).toBe('password');
    expect(hidden?.getAttribute('autocorrect')).toBe('off');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show passphrase' }));
    const shown = screen.getByRole('textbox', { name: 'Passphrase' });
    expect(shown.getAttribute('autocorrect')).toBe('off');
    expect(shown.getAttribute('spellcheck')).toBe('false');
  });
});
