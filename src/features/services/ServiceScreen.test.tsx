import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { loadNamespace } from '../../i18n/index.ts';
import { navigation } from '../../app/navigation.ts';
import { ServiceScreen } from './ServiceScreen.tsx';

beforeAll(() => loadNamespace('services'));
afterEach(() => navigation.reset());

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
    expect(screen.getByText('Monday to Thursday: 10am to 8:30pm')).toBeTruthy();
    expect(screen.getByText('Friday: 10am to 4:30pm')).toBeTruthy();
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

  it('shows steps, the source and the checked date', () => {
    render(<ServiceScreen params={{ id: 'ask-for-ani' }} />);
    expect(screen.getByRole('heading', { name: 'What to do' })).toBeTruthy();
    expect(screen.getByText('Checked on 2026-11-22.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'hafancymru.co.uk' }).getAttribute('rel')).toBe(
      'noreferrer noopener',
    );
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
    expect(navigation.current.value.name).toBe('services');
  });

  it('never shows an address', () => {
    render(<ServiceScreen params={{ id: 'safe2speak-24h' }} />);
    expect(document.body.textContent).not.toMatch(/\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b/);
  });
});
