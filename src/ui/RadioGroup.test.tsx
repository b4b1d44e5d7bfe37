import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { RadioGroup } from './RadioGroup.tsx';

describe('RadioGroup', () => {
  it('groups the options under the question and reports the choice', () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        name="look"
        legend="How should the app look?"
        options={[
          { value: 'tools', label: 'Tools' },
          { value: 'notes', label: 'Notes' },
        ]}
        value="tools"
        onChange={onChange}
      />,
    );
    expect(screen.getByRole('group', { name: 'How should the app look?' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Tools' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Notes' }));
    expect(onChange).toHaveBeenCalledWith('notes');
  });
});
