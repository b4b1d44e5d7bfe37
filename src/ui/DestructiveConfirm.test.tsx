import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { DestructiveConfirm } from './DestructiveConfirm.tsx';

describe('DestructiveConfirm', () => {
  it('enables the action only once the person ticks that they understand', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <DestructiveConfirm
        warning="This deletes your plan."
        understandLabel="I understand"
        actionLabel="Delete"
        cancelLabel="Keep it"
        onConfirm={onConfirm}
        onCancel={onCancel}
      />,
    );
    const action = screen.getByRole<HTMLButtonElement>('button', { name: 'Delete' });
    expect(action.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'I understand' }));
    expect(action.disabled).toBe(false);
    fireEvent.click(action);
    expect(onConfirm).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
