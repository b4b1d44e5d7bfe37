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
    render(<ShowMode params={{}} />);
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

    // The one way out is the shell's bar, so the last card has no second "Leave" button.
    expect(screen.queryByRole('button', { name: 'Leave show mode' })).toBeNull();
    expect(writesBlocked()).toBe(true);
  });

  it('shows the number, big, with a call link, on a card that names help', async () => {
    services.showMode.enter();
    render(<ShowMode params={{}} />);
    await screen.findByRole('heading', { level: 1, name: 'Thank you for telling me' });
    while (!screen.queryByRole('heading', { level: 1, name: 'If you are ever in danger' })) {
      fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    }
    const call = await screen.findByRole('link', { name: 'Call 999' });
    expect(call.getAttribute('href')).toBe('tel:999');
    expect(call.textContent).toContain('999');
    // 999 and the silent-call route share one number: it is shown once.
    expect(screen.getAllByRole('link', { name: 'Call 999' })).toHaveLength(1);
  });

  it("puts the person's language beside the professional's, each marked with its language", async () => {
    services.showMode.enter();
    render(<ShowMode params={{ lang: 'pl', with: 'en' }} />);
    const polish = await screen.findByRole('heading', {
      level: 1,
      name: 'Dziękuję, że mi o tym mówisz',
    });
    expect(polish.closest('section')?.getAttribute('lang')).toBe('pl');
    const english = screen.getByRole('heading', { level: 2, name: 'Thank you for telling me' });
    expect(english.closest('section')?.getAttribute('lang')).toBe('en');
  });

  it("shows the person's language first and the professional's beside it, each marked with its own language", async () => {
    services.showMode.enter();
    render(<ShowMode params={{ lang: 'ur', with: 'en' }} />);
    const heading = await screen.findByRole('heading', { level: 1, name: 'مجھے بتانے کا شکریہ' });
    const first = heading.closest('section');
    expect(first?.getAttribute('lang')).toBe('ur');
    expect(first?.getAttribute('dir')).toBe('rtl');
    const second = screen.getByRole('heading', { level: 2, name: 'Thank you for telling me' });
    expect(second.closest('section')?.getAttribute('lang')).toBe('en');
    // Where a card has no translation, show-cards.test.ts checks that English shows once instead.
  });

  it('offers to start show mode when it is off, rather than showing the screens', () => {
    render(<ShowMode params={{}} />);
    expect(screen.getByText(/Show mode is off/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start show mode' }));
    expect(services.showMode.active.value).toBe(true);
  });
});
