import { test, expect } from './fixtures.ts';
import { appString, openInLanguage } from './a11y-helpers.ts';

/**
 * In Urdu, a number made of digit groups ("01744 743200") next to Urdu words takes the
 * right-to-left order unless it is isolated: it would show as "743200 01744", and a person copying
 * it by eye onto another phone dials the wrong number. The walk of every screen in every language
 * (all-screens.spec.ts, with language-helpers.ts) checks the rendered order of every grouped number
 * on every screen and service entry; this checks the call button itself, where the word for
 * "call" and the number sit side by side.
 */
test('Urdu: the word for "call" and the number never share one span', async ({ page }) => {
  await openInLanguage(page, 'ur');
  await page.getByRole('button', { name: appString('ur', 'saferUse.continue') }).click();
  await page.getByRole('button', { name: appString('ur', 'home.servicesDoor') }).click();
  const action = page.locator('.channel-action').filter({ hasText: '01744 743200' }).first();
  await expect(action).toBeVisible();
  const number = action.locator('bdi[dir="ltr"]', { hasText: '01744 743200' });
  await expect(number).toHaveText('01744 743200');
  const groups = await number.evaluate((el) => {
    const text = el.firstChild;
    const box = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(text as Node, from);
      range.setEnd(text as Node, to);
      return range.getBoundingClientRect().left;
    };
    return [box(0, 5), box(6, 12)];
  });
  expect((groups[0] ?? 0) < (groups[1] ?? 0), '01744 shows left of 743200').toBe(true);
});
