import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { Checkbox } from './Checkbox.tsx';

describe('Checkbox', () => {
  it('is named by its label, and a tap on the label ticks it', () => {
    const onChange = vi.fn();
    render(<Checkbox label="I understand" checked={false} onChange={onChange} />);
    fireEvent.click(screen.getByText('I understand'));
    expect(onChange).toHaveBeenCalledWith(true);
    expect(screen.getByRole('checkbox', { name: 'I understand' })).toBeTruthy();
  });
});
