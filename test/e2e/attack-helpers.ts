import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Checks for P6 (hostile text never runs), shared by the screen walk (all-screens.spec.ts) and the
 * stored-payload tests (attacks.spec.ts). The fixture already fails a test on any CSP violation
 * or uncaught error; these also fail on any dialog, on `window.__xss`, and on any handler
 * attribute or active element (script, iframe, object, embed) inside #app.
 */

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Records every dialog (and dismisses it): a payload that ran may have opened one. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Everything that would mean a payload ran or became markup. */
export async function expectInert(page: Page, dialogs: string[], where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const app = document.getElementById('app') ?? document.body;
    const active = [
      ...app.querySelectorAll('script, iframe, object, embed, frame, base, meta'),
    ].map((el) => el.outerHTML.slice(0, 80));
    const handlers = [...app.querySelectorAll('*')]
      .filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
      .map((el) => el.outerHTML.slice(0, 80));
    // Links go to https:, tel: or sms: only; images are the app's own files; no form posts.
    const hrefs = [
      ...[...app.querySelectorAll('[href]')]
        .map((el) => el.getAttribute('href') ?? '')
        .filter((h) => !/^(https:|tel:|sms:|#)/.test(h)),
      ...[...app.querySelectorAll('[src]')]
        .map((el) => el.getAttribute('src') ?? '')
        .filter((h) => !/^\/[\w-]/.test(h)),
      ...[...app.querySelectorAll('[action], [formaction]')].map((el) => el.outerHTML.slice(0, 80)),
    ];
    return { xss: window.__xss ?? 0, active, handlers, hrefs };
  });
  expect(found, where).toEqual({ xss: 0, active: [], handlers: [], hrefs: [] });
  expect(dialogs, where).toEqual([]);
}

/** Every field on the screen a person can type free text into. */
export function textFields(page: Page): Locator {
  return page.locator(
    '#main :is(input[type="text"], input[type="search"], input[type="tel"], input[type="date"], input[type="number"], input:not([type]), textarea):visible',
  );
}

/**
 * Every field a person can type into (passphrases too) that is not quiet (safety spec 34): each
 * must carry autocomplete="off", autocorrect="off", autocapitalize="off" and spellcheck="false"
 * as attributes. Chromium turns an `autocorrect` set as a property into "on", so the attributes
 * are read, not the properties. Empty when every field is quiet.
 */
export async function loudFields(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const quiet = {
      autocomplete: 'off',
      autocorrect: 'off',
      autocapitalize: 'off',
      spellcheck: 'false',
    };
    const typed = document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      '#app :is(input:not([type="checkbox"], [type="radio"], [type="file"], [type="hidden"], [type="button"], [type="submit"], [type="reset"], [type="range"], [type="color"]), textarea)',
    );
    const loud: string[] = [];
    for (const field of typed) {
      const wrong = Object.entries(quiet)
        .filter(([name, value]) => field.getAttribute(name) !== value)
        .map(([name]) => `${name}="${field.getAttribute(name) ?? ''}"`);
      const name = field.labels?.[0]?.textContent.trim() ?? field.id;
      if (wrong.length > 0) loud.push(`field "${name}" is not quiet: ${wrong.join(', ')}`);
    }
    return loud;
  });
}
