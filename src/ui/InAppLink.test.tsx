import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { createServices } from '../app/services.ts';
import { renderWithServices } from '../app/testing.tsx';
import { InAppLink } from './InAppLink.tsx';

describe('InAppLink', () => {
  it('opens the screen in memory, leaving the address and history alone', () => {
    const services = createServices();
    const before = { length: history.length, url: location.href };
    renderWithServices(<InAppLink to={{ name: 'safer-use' }}>Using this app safely</InAppLink>, {
      services,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Using this app safely' }));
    expect(services.navigation.current.value).toEqual({ name: 'safer-use' });
    expect({ length: history.length, url: location.href }).toEqual(before);
  });
});
