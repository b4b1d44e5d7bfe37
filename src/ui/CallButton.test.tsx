import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { CallButton } from './CallButton.tsx';

describe('CallButton', () => {
  it('is a real tel: link that shows the number', () => {
    render(<CallButton href="tel:08082000247" number="0808 2000 247" label="Call 0808 2000 247" />);
    const link = screen.getByRole('link', { name: 'Call 0808 2000 247' });
    expect(link.getAttribute('href')).toBe('tel:08082000247');
    expect(link.textContent).toBe('0808 2000 247');
  });
});
