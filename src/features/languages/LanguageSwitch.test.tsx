import { describe, expect, it, beforeEach } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { offerable, offeredLanguages, pickLanguage } from '../../i18n/languages.ts';
import { currentLanguage, setLanguage, tApp } from '../../i18n/index.ts';
import { getPref } from '../../storage/prefs.ts';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

describe('languages on offer', () => {
  it('are the configured languages that have strings and a name, in configured order', () => {
    const names: Record<string, string> = { en: 'English', pl: 'Polski', ur: 'اردو' };
    expect(offerable(['ur', 'en', 'xx', 'pl'], ['en', 'pl', 'ur'], (c) => names[c])).toEqual([
      { code: 'ur', name: 'اردو', dir: 'rtl' },
      { code: 'en', name: 'English', dir: 'ltr' },
      { code: 'pl', name: 'Polski', dir: 'ltr' },
    ]);
    expect(offerable(['en', 'pl'], ['en'], (c) => names[c]).map((l) => l.code)).toEqual(['en']);
  });

  it('this build offers English, Polish and Urdu, each named in its own language', () => {
    expect(offeredLanguages.map((l) => l.name)).toEqual(['English', 'Polski', 'اردو']);
  });

  it('starts in the stored choice, else the browser language, else the first one', () => {
    const offered = ['en', 'pl', 'ur'];
    expect(pickLanguage('ur', ['pl-PL'], offered)).toBe('ur');
    expect(pickLanguage('de', ['pl-PL', 'en-GB'], offered)).toBe('pl');
    expect(pickLanguage(undefined, ['de-DE'], offered)).toBe('en');
    expect(pickLanguage(undefined, [], [])).toBe('en');
  });
});

describe('LanguageSwitch', () => {
  it('switches in place, sets lang and dir, and remembers the choice only in prefs', async () => {
    await setLanguage('en');
    render(<LanguageSwitch />);
    const group = screen.getByRole('navigation', { name: 'Language' });
    expect(group).toBeTruthy();
    const urdu = screen.getByRole('button', { name: 'اردو' });
    expect(urdu.getAttribute('lang')).toBe('ur');
    expect(urdu.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    fireEvent.click(urdu);
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ur');
    expect(currentLanguage()).toBe('ur');
    expect(tApp('exit.link')).toBe('یہ صفحہ فوراً چھوڑیں');
    await waitFor(async () => expect(await getPref('lang')).toBe('ur'));
    expect(screen.getByRole('navigation', { name: 'زبان' })).toBeTruthy();
    expect(urdu.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Polski' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
    expect(document.documentElement.lang).toBe('pl');
    await setLanguage('en');
  });

  it('is not shown when only one language is offered', () => {
    const { container } = render(
      <LanguageSwitch languages={[{ code: 'en', name: 'English', dir: 'ltr' }]} />,
    );
    expect(container.childElementCount).toBe(0);
  });
});
