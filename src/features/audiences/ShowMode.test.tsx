import { afterEach, beforeAll, describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { loadNamespace } from '../../i18n/index.ts';
import { writesBlocked } from '../../storage/write-guard.ts';
import { ShowMode } from './ShowMode.tsx';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

beforeAll(async () => {
  await loadNamespace('audiences');
});
afterEach(() => services.showMode.leave());

describe('ShowMode', () => {
  it('goes one idea per screen, focusing each heading, and ends on the handover', async () => {
    services.showMode.enter();
    render(<ShowMode />);
    await screen.findByRole('heading', { level: 1, name: 'Thank you for telling me' });
    expect(screen.queryByRole('button', { name: 'Previous' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    const second = screen.getByRole('heading', { level: 1, name: 'It is not your fault' });
    expect(document.activeElement).toBe(second);

    while (screen.queryByRole('button', { name: 'Next' })) {
      fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    }
    screen.getByRole('heading', { level: 1, name: 'Have this on your own phone' });
    const host = location.origin.replace(/^https?:\/\//, '');
    expect(screen.getByRole('img', { name: `Code that opens ${host}` })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Leave show mode' }));
    expect(services.showMode.active.value).toBe(false);
    expect(writesBlocked()).toBe(false);
  });

  it('offers to start show mode when it is off, rather than showing the screens', () => {
    render(<ShowMode />);
    expect(screen.getByText(/Show mode is off/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start show mode' }));
    expect(services.showMode.active.value).toBe(true);
  });
});
