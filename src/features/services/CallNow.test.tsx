import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';
import { CallNow } from './CallNow.tsx';
import { serviceWithRole } from './directory.ts';

describe('CallNow', () => {
  it('shows 999, the area line and the national helpline chosen by the data, as tel: links', async () => {
    const local = serviceWithRole('24h-line');
    const national = serviceWithRole('national-helpline');
    expect(local?.pack).not.toBe(national?.pack);
    renderWithServices(<CallNow now={new Date('2026-12-02T03:00:00Z')} />, {
      services: createServices(),
    });
    await screen.findByRole('heading', { name: 'Call now' });
    const links = screen.getAllByRole('link', { name: /^Call / });
    expect(links.map((l) => l.getAttribute('href'))).toHaveLength(3);
    expect(links[0]?.getAttribute('href')).toBe('tel:999');
    for (const link of links) {
      // The number itself is on the button, not only in its name.
      expect(link.textContent).toMatch(/\d{3}/);
      expect(link.getAttribute('href')).toMatch(/^tel:\d+$/);
    }
    expect(screen.getByRole('button', { name: /call 999 silently/ })).toBeTruthy();
  });
});

describe('serviceWithRole', () => {
  it('picks the area pack for the 24-hour line and a national pack for the helpline', () => {
    expect(serviceWithRole('24h-line')?.coverage).toContain('local');
    expect(serviceWithRole('national-helpline')?.coverage).not.toContain('local');
  });
});
