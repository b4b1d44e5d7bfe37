import { describe, expect, it, beforeEach } from 'vitest';
import { screen } from '@testing-library/preact';
import { Prose } from './Prose.tsx';
import type { ComponentChildren } from 'preact';
import { createServices } from '../app/services.ts';
import { renderWithServices } from '../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

describe('Prose', () => {
  it('renders text, lists and notes without any HTML from the content', () => {
    render(
      <Prose
        blocks={[
          { t: 'h', level: 2, c: ['Heading <b>not bold</b>'] },
          { t: 'ul', items: [['one'], ['two']] },
          { t: 'note', c: ['A note'] },
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Heading <b>not bold</b>' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(document.querySelector('b')).toBeNull();
  });

  it('opens external sites in a new tab with no referrer, and only https ones', () => {
    render(
      <Prose
        blocks={[
          { t: 'p', c: [{ t: 'link', href: 'https://www.gov.uk/', c: ['GOV.UK'] }] },
          { t: 'p', c: [{ t: 'link', href: 'javascript:alert(1)', c: ['Not a link'] }] },
        ]}
      />,
    );
    const link = screen.getByRole('link', { name: 'GOV.UK' });
    expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(screen.queryByRole('link', { name: 'Not a link' })).toBeNull();
  });

  it('keeps links to screens this build does not have as plain text, never dead buttons', () => {
    render(
      <Prose
        blocks={[{ t: 'p', c: [{ t: 'screen', name: 'no-such-screen', c: ['Go there'] }] }]}
      />,
    );
    expect(screen.getByText('Go there')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Go there' })).toBeNull();
  });

  it('marks a link alone on its line as a full-size target, and leaves links in sentences inline', () => {
    render(
      <Prose
        blocks={[
          { t: 'p', c: [{ t: 'link', href: 'https://www.gov.uk/', c: ['Alone'] }, '.'] },
          { t: 'p', c: ['Read ', { t: 'link', href: 'https://www.gov.uk/', c: ['inside'] }, '.'] },
          {
            t: 'ul',
            items: [
              [{ t: 'strong', c: [{ t: 'link', href: 'https://www.gov.uk/', c: ['Strong'] }] }],
              ['Call ', { t: 'link', href: 'https://www.gov.uk/', c: ['in a list'] }],
            ],
          },
        ]}
      />,
    );
    const block = (name: string) =>
      screen.getByRole('link', { name }).closest('p, li')?.classList.contains('link-line');
    expect(block('Alone')).toBe(true);
    expect(block('inside')).toBe(false);
    expect(block('Strong')).toBe(true);
    expect(block('in a list')).toBe(false);
  });

  it('links a role to the service filling it, with its own name, and leaves out what no service fills', () => {
    const roles = (role: string) =>
      role === 'da-service' ? { id: 'town-line', name: 'Town Line' } : undefined;
    render(
      <Prose
        roles={roles}
        blocks={[
          { t: 'p', c: ['Call ', { t: 'role', role: 'da-service', c: [] }, '.'] },
          {
            t: 'ul',
            items: [
              ['Kept'],
              ['Left out: ', { t: 'role', role: 'perpetrator-programme', c: ['a course'] }],
            ],
          },
          { t: 'p', c: [{ t: 'role', role: 'police', c: ['Police'] }, ' is left out too.'] },
        ]}
      />,
    );
    screen.getByRole('button', { name: 'Town Line' }).click();
    expect(services.navigation.current.value).toEqual({
      name: 'service',
      params: { id: 'town-line' },
    });
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Kept']);
    expect(screen.queryByText(/left out too/)).toBeNull();
  });
});
