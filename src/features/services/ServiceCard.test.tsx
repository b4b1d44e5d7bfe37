import { afterEach, describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { setLanguage } from '../../i18n/index.ts';
import { ServiceCard } from './ServiceCard.tsx';
import { EmergencyButton } from './EmergencyButton.tsx';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

afterEach(() => services.navigation.reset());

describe('ServiceCard', () => {
  it('shows a service by id inside any feature, loading its own strings', async () => {
    render(<ServiceCard id="national-da-helpline" />);
    const name = await screen.findByRole('button', { name: 'National Domestic Abuse Helpline' });
    expect(screen.getByRole('link', { name: 'Call 0808 2000 247' }).getAttribute('href')).toBe(
      'tel:08082000247',
    );
    fireEvent.click(name);
    expect(services.navigation.current.value).toEqual({
      name: 'service',
      params: { id: 'national-da-helpline' },
    });
  });

  it('keeps the number in its own left-to-right isolate in Urdu, so the words cannot reorder its digits', async () => {
    await setLanguage('ur');
    try {
      render(<ServiceCard id="national-da-helpline" />);
      const call = await screen.findByRole('link', { name: /0808 2000 247/ });
      const number = within(call).getByText('0808 2000 247');
      expect(number.tagName).toBe('BDI');
      expect(number.getAttribute('dir')).toBe('ltr');
      expect(call.getAttribute('dir')).not.toBe('ltr'); // the words follow the page's direction
    } finally {
      await setLanguage('en');
    }
  });

  it('asks the person to check an entry checked too long ago', async () => {
    render(<ServiceCard id="samaritans" now={new Date('2030-01-01T12:00:00Z')} />);
    expect(await screen.findByText(/check this number before relying on it/)).toBeTruthy();
  });

  it('renders nothing for an unknown id', async () => {
    const alone = render(<ServiceCard id="samaritans" />);
    await within(alone.container as HTMLElement).findByRole('button', { name: 'Samaritans' });
    // Beside a known card that has loaded, the unknown one has had every chance to show.
    const both = render(
      <>
        <ServiceCard id="no-such-service" />
        <ServiceCard id="samaritans" />
      </>,
    );
    await within(both.container as HTMLElement).findByRole('button', { name: 'Samaritans' });
    expect(both.container.innerHTML).toBe(alone.container.innerHTML);
  });
});

describe('EmergencyButton', () => {
  it('opens the emergency screen once, however often it is pressed', () => {
    render(<EmergencyButton />);
    const button = screen.getByRole('button', { name: 'Emergency: 999' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(services.navigation.current.value.name).toBe('emergency');
    services.navigation.back();
    expect(services.navigation.current.value.name).toBe('home');
  });
});
