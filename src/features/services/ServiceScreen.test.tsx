import { afterEach, beforeAll, describe, expect, it, vi, beforeEach } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import type { DirectoryEntry } from '../../regions/schema.ts';
import { loadNamespace } from '../../i18n/index.ts';
import { getService } from './directory.ts';
import { ServiceScreen } from './ServiceScreen.tsx';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

/** Entries a test swaps in by id; no entry in the real data has had a live check yet. */
const swapped = vi.hoisted(() => new Map<string, DirectoryEntry>());
vi.mock('./directory.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./directory.ts')>();
  return {
    ...original,
    getService: (id: string) => swapped.get(id) ?? original.getService(id),
  };
});

beforeAll(() => loadNamespace('services'));
afterEach(() => {
  services.navigation.reset();
  swapped.clear();
});

/** The real Samaritans entry with other check dates. */
function samaritansWith(dates: { checked: string; liveChecked?: string }): void {
  const real = getService('samaritans');
  if (!real) throw new Error('samaritans is missing from the data');
  swapped.set('samaritans', { ...real, ...dates });
}

const daysAgo = (days: number): string =>
  new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

describe('ServiceScreen', () => {
  it('shows one service with tel: and https: links', () => {
    render(<ServiceScreen params={{ id: 'galop' }} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Galop: LGBT+ Domestic Abuse Helpline' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Call 0800 999 5428' }).getAttribute('href')).toBe(
      'tel:08009995428',
    );
    const web = screen.getByRole('link', { name: /Website/ });
    expect(web.getAttribute('href')).toBe('https://galop.org.uk');
    expect(web.getAttribute('target')).toBe('_blank');
    expect(web.getAttribute('rel')).toBe('noreferrer noopener');
  });

  it('lists weekly opening hours', () => {
    render(<ServiceScreen params={{ id: 'safe2speak' }} />);
    expect(screen.getByText('Monday to Friday: 8am to 5pm')).toBeTruthy();
  });

  it('gives old opening hours only as a dated note, never as hours the app relies on', () => {
    render(<ServiceScreen params={{ id: 'galop' }} />);
    expect(
      screen.getByText('Opening hours not confirmed: check before relying on them'),
    ).toBeTruthy();
    expect(screen.getByText(/from 2023 and may have changed/)).toBeTruthy();
    expect(screen.queryByText('Monday to Thursday: 10am to 8:30pm')).toBeNull();
  });

  it('shows an sms: link for a text line', () => {
    render(<ServiceScreen params={{ id: 'live-fear-free' }} />);
    expect(screen.getByRole('link', { name: 'Text 07860 077333' }).getAttribute('href')).toBe(
      'sms:07860077333',
    );
  });

  it('says plainly when opening hours are not confirmed', () => {
    render(<ServiceScreen params={{ id: 'mens-advice-line' }} />);
    expect(
      screen.getByText('Opening hours not confirmed: check before relying on them'),
    ).toBeTruthy();
  });

  it('shows steps, the sources and the date they were used, not yet confirmed by phone', () => {
    render(<ServiceScreen params={{ id: 'ask-for-ani' }} />);
    expect(screen.getByRole('heading', { name: 'What to do' })).toBeTruthy();
    expect(
      screen.getByText(
        'Taken from the sources below on 4 December 2026. Not yet confirmed by phone.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Checked on/)).toBeNull();
    expect(screen.getByRole('link', { name: 'hafancymru.co.uk' }).getAttribute('rel')).toBe(
      'noreferrer noopener',
    );
  });

  it('says "Checked on" with the live check date once an entry has been confirmed', () => {
    samaritansWith({ checked: '2026-11-22', liveChecked: '2026-12-01' });
    render(<ServiceScreen params={{ id: 'samaritans' }} />);
    expect(screen.getByText('Checked on 1 December 2026.')).toBeTruthy();
    expect(screen.queryByText(/Not yet confirmed by phone/)).toBeNull();
  });

  it('counts the age of an entry from its live check when it has one', () => {
    samaritansWith({ checked: '2020-01-01', liveChecked: daysAgo(10) });
    const { unmount } = render(<ServiceScreen params={{ id: 'samaritans' }} />);
    expect(screen.queryByText(/check this number before relying on it/)).toBeNull();
    unmount();

    samaritansWith({ checked: daysAgo(10), liveChecked: '2020-01-01' });
    render(<ServiceScreen params={{ id: 'samaritans' }} />);
    expect(screen.getByText(/check this number before relying on it/)).toBeTruthy();
  });

  it('counts the age of an entry from its sources when it has no live check', () => {
    samaritansWith({ checked: '2020-01-01' });
    render(<ServiceScreen params={{ id: 'samaritans' }} />);
    expect(screen.getByText(/check this number before relying on it/)).toBeTruthy();
    expect(
      screen.getByText(
        'Taken from the sources below on 1 January 2020. Not yet confirmed by phone.',
      ),
    ).toBeTruthy();
  });

  it('explains what a call leaves behind on the phone', () => {
    render(<ServiceScreen params={{ id: 'samaritans' }} />);
    expect(screen.getByText('Before you call or text')).toBeTruthy();
    expect(screen.getByText(/delete it from your recent calls/)).toBeTruthy();
  });

  it('copies a number and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ServiceScreen params={{ id: 'safe2speak' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy number 01744 743200' }));
    expect(writeText).toHaveBeenCalledWith('01744 743200');
    expect(await screen.findByText('Copied 01744 743200.')).toBeTruthy();
  });

  it('shows the number to write down when copying fails', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ServiceScreen params={{ id: 'safe2speak' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy number 01744 743200' }));
    expect(
      await screen.findByText(/Could not copy. You can write it down: 01744 743200/),
    ).toBeTruthy();
  });

  it('handles an id this area does not have', () => {
    render(<ServiceScreen params={{ id: 'no-such-service' }} />);
    expect(screen.getByText('This service is not in the list for this area.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'See all services' }));
    expect(services.navigation.current.value.name).toBe('services');
  });

  it('never shows an address', () => {
    render(<ServiceScreen params={{ id: 'safe2speak-24h' }} />);
    expect(document.body.textContent).not.toMatch(/\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b/);
  });
});
