import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { Select } from './Select.tsx';

describe('Select', () => {
  it('is named by its label and reports the choice', () => {
    const onChange = vi.fn();
    render(
      <Select
        id="s"
        label="Language"
        value="en"
        options={[
          { value: 'en', label: 'English' },
          { value: 'pl', label: 'Polski' },
        ]}
        onChange={onChange}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
      target: { value: 'pl' },
    });
    expect(onChange).toHaveBeenCalledWith('pl');
  });
});
