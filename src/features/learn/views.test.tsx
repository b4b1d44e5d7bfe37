import { afterEach, beforeAll, describe, expect, test, beforeEach } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/preact';
import { loadNamespace, setLanguage } from '../../i18n/index.ts';
import { Learn } from './Learn.tsx';
import { PageView } from './PageView.tsx';
import { Search } from './Search.tsx';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

beforeAll(() => loadNamespace('learn'));
afterEach(async () => {
  services.navigation.reset();
  await setLanguage('en');
});

describe('learn list', () => {
  test('lists the pages by group, and a page opens in one tap', () => {
    render(<Learn />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Understand what is happening' }),
    ).toBeTruthy();
    const basics = screen.getByRole('region', { name: 'The basics' });
    expect(within(basics).getByRole('button', { name: /^Coercive control/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Kinds of abuse' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Help that fits you' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Clare's Law/ }));
    expect(services.navigation.current.value).toEqual({
      name: 'page',
      params: { slug: 'clares-law' },
    });
  });

  test('leads to search and to the private check-in', () => {
    render(<Learn />);
    fireEvent.click(screen.getByRole('button', { name: 'Search pages and services' }));
    expect(services.navigation.current.value.name).toBe('search');
    fireEvent.click(screen.getByRole('button', { name: 'Is this happening to me?' }));
    expect(services.navigation.current.value.name).toBe('check-in');
  });
});

describe('a content page', () => {
  test('shows the text, when it was last reviewed, and its sources', async () => {
    render(<PageView params={{ slug: 'coercive-control' }} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Coercive control' })).toBeTruthy();
    expect(screen.getByText('Taken from the sources below on:')).toBeTruthy();
    expect(screen.getByText('22 November 2026').getAttribute('datetime')).toBe('2026-11-22');
    const sources = screen.getByRole('heading', { name: 'Where this information comes from' });
    expect(sources).toBeTruthy();
    const law = screen.getByRole('link', { name: /Serious Crime Act 2015, section 76/ });
    expect(law.getAttribute('href')).toBe('https://www.legislation.gov.uk/ukpga/2015/9/section/76');
    expect(law.getAttribute('rel')).toContain('noreferrer');
    expect(screen.queryByText(/not been translated/)).toBeNull();
  });

  test('service links open the service entry, never a number written in the text', async () => {
    render(<PageView params={{ slug: 'coercive-control' }} />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'National Domestic Abuse Helpline' }),
    );
    expect(services.navigation.current.value).toEqual({
      name: 'service',
      params: { id: 'national-da-helpline' },
    });
  });

  test('a page not yet translated shows in English and says so', async () => {
    await setLanguage('cy');
    render(<PageView params={{ slug: 'myths' }} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Myths about abuse' }),
    ).toBeTruthy();
    expect(screen.getByText(/not in your language yet/)).toBeTruthy();
  });

  test('an unchecked translation says so in the language, with the English one tap away', async () => {
    await setLanguage('ur');
    render(<PageView params={{ slug: 'coercive-control' }} />);
    const heading = await screen.findByRole('heading', { level: 1, name: /جبری کنٹرول/ });
    expect(heading.closest('article')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByText(/اہلِ زبان نے جانچ نہیں کی/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'انگریزی میں دکھائیں' }));
    const english = await screen.findByRole('heading', { level: 1, name: 'Coercive control' });
    expect(english.closest('article')?.getAttribute('lang')).toBe('en');
    expect(english.closest('article')?.getAttribute('dir')).toBe('ltr');
    fireEvent.click(screen.getByRole('button', { name: 'اردو میں دکھائیں' }));
    expect(await screen.findByRole('heading', { level: 1, name: /جبری کنٹرول/ })).toBeTruthy();
  });

  test('an unknown page says it was not found', async () => {
    render(<PageView params={{ slug: 'no-such-page' }} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});

describe('offline search', () => {
  test('finds a page by everyday words, quoting the sentence that matched, and opens it', async () => {
    render(<Search />);
    const box = screen.getByRole('searchbox', { name: 'What do you want to find?' });
    expect(box.getAttribute('autocomplete')).toBe('off');
    expect(box.getAttribute('spellcheck')).toBe('false');
    fireEvent.input(box, { target: { value: 'he reads my texts' } });
    const first = await screen.findByRole('button', { name: /^Abuse using phones and apps/ });
    expect(screen.getByText(/\d+ results/)).toBeTruthy();
    fireEvent.click(first);
    expect(services.navigation.current.value).toEqual({
      name: 'page',
      params: { slug: 'tech-abuse' },
    });
  });

  test('finds services, with the number as a call link, even with a spelling mistake', async () => {
    render(<Search />);
    fireEvent.input(await screen.findByRole('searchbox'), { target: { value: 'refuj' } });
    const call = await screen.findByRole('link', { name: 'Call 0808 2000 247' });
    expect(call.getAttribute('href')).toBe('tel:08082000247');
    expect(
      screen.getAllByRole('button', { name: 'More about this service' }).length,
    ).toBeGreaterThan(0);
  });

  test('says so when nothing matches', async () => {
    render(<Search />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzzzqqq' } });
    expect(await screen.findByText('Nothing found. Try a different or shorter word.')).toBeTruthy();
  });
});
