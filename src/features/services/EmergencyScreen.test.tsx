import { afterEach, beforeAll, describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { loadNamespace } from '../../i18n/index.ts';
import { EmergencyScreen } from './EmergencyScreen.tsx';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

beforeAll(() => loadNamespace('services'));
afterEach(() => services.navigation.reset());

describe('EmergencyScreen', () => {
  it('offers 999 first, then what to do if you cannot speak', () => {
    render(<EmergencyScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Emergency help' })).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links[0]?.getAttribute('href')).toBe('tel:999');
    expect(screen.getByText(/press 55/)).toBeTruthy();
  });

  it('lists texting 999, Relay UK, Ask for ANI, 999 in sign language and the local police', () => {
    render(<EmergencyScreen />);
    const names = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(names).toEqual([
      'Text 999 (emergencySMS)',
      'Relay UK (textphone and app)',
      'Ask for ANI at a pharmacy',
      '999 BSL: call 999 in British Sign Language',
      'Merseyside Police',
    ]);
    expect(screen.getByRole('link', { name: 'Text 999' }).getAttribute('href')).toBe('sms:999');
    expect(screen.getByRole('link', { name: 'Relay UK: 18000' }).getAttribute('href')).toBe(
      'tel:18000',
    );
  });

  it('leads on to the full list', () => {
    render(<EmergencyScreen />);
    fireEvent.click(screen.getByRole('button', { name: /Find someone to talk to/ }));
    expect(services.navigation.current.value.name).toBe('services');
  });
});
