import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { Field } from './Field.tsx';

describe('Field', () => {
  it('is found by its label and reports what is typed', () => {
    const onInput = vi.fn();
    render(<Field id="f" label="Name" value="" onInput={onInput} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Ann' } });
    expect(onInput).toHaveBeenCalledWith('Ann');
  });

  it('is quiet: the attributes read off, so keyboards neither remember nor correct', () => {
    render(<Field id="f" label="Notes" value="" onInput={() => undefined} multiline />);
    const box = screen.getByRole('textbox', { name: 'Notes' });
    expect(box.getAttribute('autocorrect')).toBe('off');
    expect(box.getAttribute('autocomplete')).toBe('off');
    expect(box.getAttribute('autocapitalize')).toBe('off');
    expect(box.getAttribute('spellcheck')).toBe('false');
  });

  it('ties hint and error to the field and marks it invalid', () => {
    render(
      <Field
        id="f"
        label="Code"
        value=""
        onInput={() => undefined}
        hint="Four digits"
        error="Too short"
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Code' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe('f-hint f-error');
    expect(screen.getByText('Too short').id).toBe('f-error');
  });

  it('runs onEnter instead of submitting', () => {
    const onEnter = vi.fn();
    render(<Field id="f" label="Search" value="" onInput={() => undefined} onEnter={onEnter} />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Search' }), { key: 'Enter' });
    expect(onEnter).toHaveBeenCalledOnce();
  });
});
