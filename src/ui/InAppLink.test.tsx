import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { navigation } from '../app/navigation.ts';
import { InAppLink } from './InAppLink.tsx';

afterEach(() => navigation.reset());

describe('InAppLink', () => {
  it('opens the screen in memory, leaving the address and history alone', () => {
    const before = { length: history.length, url: location.href };
    render(<InAppLink to={{ name: 'safer-use' }}>Using this app safely</InAppLink>);
    fireEvent.click(screen.getByRole('button', { name: 'Using this app safely' }));
    expect(navigation.current.value).toEqual({ name: 'safer-use' });
    expect({ length: history.length, url: location.href }).toEqual(before);
  });
});
