import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { ErrorMessage } from './ErrorMessage.tsx';

describe('ErrorMessage', () => {
  it('shows the message with the id a field points at', () => {
    render(<ErrorMessage id="x-error">Enter four digits</ErrorMessage>);
    expect(screen.getByText('Enter four digits').id).toBe('x-error');
  });
});
