import { afterEach, describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { EasyRead } from './EasyRead.tsx';
import { loadNamespace, setLanguage } from '../../i18n/index.ts';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

afterEach(async () => {
  services.navigation.reset();
  await setLanguage('en');
});

describe('easy read', () => {
  it('lists the easy-read pages in order and opens one in the same screen', async () => {
    await loadNamespace('easy-read');
    render(<EasyRead params={{}} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Easy read' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Easy read pages' });
    const titles = [...list.querySelectorAll('.door-title')].map((el) => el.textContent);
    expect(titles).toEqual([
      'Easy read: what abuse is',
      'Easy read: is this happening to me?',
      'Easy read: get help now',
      'Easy read: what happens when you call a helpline',
      'Easy read: using this app safely',
      'Easy read: how to use your plan',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /get help now/ }));
    expect(services.navigation.current.value).toEqual({
      name: 'easy-read',
      params: { slug: 'easy-read-emergency' },
    });
  });

  // Every easy-read page now has Polish and Urdu. The English shown under a note where a page is
  // missing is checked in the browser on a page written only in English (languages.spec.ts).

  it('opens a page translated into Urdu in Urdu, right to left, with no note', async () => {
    await setLanguage('ur');
    await loadNamespace('easy-read');
    render(<EasyRead params={{ slug: 'easy-read-what-is-abuse' }} />);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('آسان الفاظ میں: بدسلوکی کیا ہے');
    expect(heading.getAttribute('lang')).toBe('ur');
    expect(heading.getAttribute('dir')).toBe('rtl');
    expect(
      screen.queryByText('یہ صفحہ ابھی اردو میں دستیاب نہیں، اس لیے انگریزی میں دکھایا گیا ہے۔'),
    ).toBeNull();
  });

  it('lists and opens a translated page in the chosen language, with no note', async () => {
    await setLanguage('pl');
    await loadNamespace('easy-read');
    const { unmount } = render(<EasyRead params={{}} />);
    expect(screen.getByRole('button', { name: /Łatwy tekst: pomoc teraz/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /czym jest przemoc/ }).getAttribute('lang')).toBe(
      'pl',
    );
    unmount();
    render(<EasyRead params={{ slug: 'easy-read-emergency' }} />);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Łatwy tekst: pomoc teraz');
    expect(heading.getAttribute('lang')).toBe('pl');
    expect(screen.queryByText(/po angielsku\./)).toBeNull();
  });

  it('shows no note in English', async () => {
    await loadNamespace('easy-read');
    render(<EasyRead params={{ slug: 'easy-read-emergency' }} />);
    await waitFor(() => screen.getByRole('heading', { level: 1, name: 'Easy read: get help now' }));
    expect(screen.queryByText(/shown in English/)).toBeNull();
  });

  it('puts a picture with a text alternative beside each idea, and makes 999 a call link', async () => {
    await loadNamespace('easy-read');
    render(<EasyRead params={{ slug: 'easy-read-emergency' }} />);
    await screen.findByRole('heading', { level: 1, name: 'Easy read: get help now' });
    expect(screen.getByRole('img', { name: 'Phone keys' })).toBeTruthy();
    const ideas = document.querySelectorAll('.idea');
    expect(ideas.length).toBeGreaterThan(5);
    for (const idea of ideas)
      expect(idea.querySelector('svg[role="img"][aria-label]')).toBeTruthy();
    const call = screen.getByRole('link', { name: 'Call the police on 999' });
    expect(call.getAttribute('href')).toBe('tel:999');
    // The area's own line shows its number from the data.
    const local = screen.getByRole('link', { name: /call the local line, day or night: \d/ });
    expect(local.getAttribute('href')).toMatch(/^tel:\d+$/);
  });

  it('links to the plan screen from the plan page', async () => {
    await loadNamespace('easy-read');
    render(<EasyRead params={{ slug: 'easy-read-your-plan' }} />);
    await screen.findByRole('heading', { level: 1, name: 'Easy read: how to use your plan' });
    expect(screen.getByRole('button', { name: 'open your plan' })).toBeTruthy();
  });
});
