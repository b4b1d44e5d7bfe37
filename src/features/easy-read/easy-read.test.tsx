import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { pages } from 'virtual:content-index';
import { EasyRead } from './EasyRead.tsx';
import { navigation } from '../../app/navigation.ts';
import { loadNamespace, setLanguage } from '../../i18n/index.ts';

afterEach(async () => {
  navigation.reset();
  await setLanguage('en');
});

describe('easy read', () => {
  it('lists the four easy-read pages in order and opens one in the same screen', async () => {
    await loadNamespace('easy-read');
    render(<EasyRead params={{}} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Easy read' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Easy read pages' });
    const titles = [...list.querySelectorAll('.door-title')].map((el) => el.textContent);
    expect(titles).toEqual([
      'Easy read: what abuse is',
      'Easy read: using this app safely',
      'Easy read: in an emergency',
      'Easy read: how to use your plan',
    ]);
    fireEvent.click(screen.getByRole('button', { name: /in an emergency/ }));
    expect(navigation.current.value).toEqual({
      name: 'easy-read',
      params: { slug: 'easy-read-emergency' },
    });
  });

  it('shows an untranslated page in English, marked as English, under a note in Urdu', async () => {
    await setLanguage('ur');
    await loadNamespace('easy-read');
    render(<EasyRead params={{ slug: 'easy-read-what-is-abuse' }} />);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Easy read: what abuse is');
    expect(heading.getAttribute('lang')).toBe('en');
    expect(heading.getAttribute('dir')).toBe('ltr');
    expect(
      screen.getByText('یہ صفحہ ابھی اردو میں دستیاب نہیں، اس لیے انگریزی میں دکھایا گیا ہے۔'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'یہ معلومات کہاں سے لی گئی ہیں' })).toBeTruthy();
    const source = screen.getByRole('link', { name: 'Domestic Abuse Act 2021, section 1' });
    expect(source.getAttribute('rel')).toContain('noreferrer');
  });

  it('shows no note in English', async () => {
    await loadNamespace('easy-read');
    render(<EasyRead params={{ slug: 'easy-read-emergency' }} />);
    await waitFor(() =>
      screen.getByRole('heading', { level: 1, name: 'Easy read: in an emergency' }),
    );
    expect(screen.queryByText(/shown in English/)).toBeNull();
  });

  it('keeps links to screens this build does not have as plain text, never dead buttons', async () => {
    await loadNamespace('easy-read');
    render(<EasyRead params={{ slug: 'easy-read-your-plan' }} />);
    await screen.findByRole('heading', { level: 1, name: 'Easy read: how to use your plan' });
    expect(screen.getByText(/open your plan/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'open your plan' })).toBeNull();
  });
});

describe('easy-read pages are easy to read', () => {
  const dir = join(process.cwd(), 'locales/en/pages');
  const files = readdirSync(dir).filter((f) => f.startsWith('easy-read-'));

  it('are all in the easy-read section', () => {
    const slugs = pages.filter((p) => p.section === 'easy-read' && p.lang === 'en');
    expect(slugs.map((p) => `${p.slug}.md`).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s: one short sentence per line, no phone numbers in the text', (file) => {
    const body = readFileSync(join(dir, file), 'utf8').split(/\n---\n/)[1] ?? '';
    const lines = body
      .split('\n')
      .map((l) => l.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^[-#>\s]+/, ''))
      .filter((l) => l.trim().length > 0);
    for (const line of lines) {
      const sentences = line.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, `one idea per line: "${line}"`).toBe(1);
      expect(line.split(/\s+/).length, `short sentence: "${line}"`).toBeLessThanOrEqual(15);
      // Numbers come only from the checked service data, through service: links.
      expect(line, `no phone numbers in prose: "${line}"`).not.toMatch(/\d{3}/);
    }
    // Reading age about 9 (US grade 4), below the app's usual reading age of 11.
    const words = lines.join(' ').split(/\s+/).filter(Boolean);
    const syllables = words.reduce((n, w) => n + syllable(w), 0);
    const grade = fleschKincaid({
      sentence: lines.length,
      word: words.length,
      syllable: syllables,
    });
    expect(grade).toBeLessThanOrEqual(4);
  });
});
