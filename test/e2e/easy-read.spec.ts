import { test, expect, openApp, expectNoAxeViolations } from './fixtures.ts';

test.describe('easy read (issue 17)', () => {
  test('pictures with text alternatives beside each idea, large text, and 999 written out as a call link', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: /^Easy read/ }).click();
    await page.getByRole('button', { name: /get help now/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Easy read: get help now' }),
    ).toBeFocused();

    const ideas = page.locator('.idea');
    expect(await ideas.count()).toBeGreaterThan(5);
    expect(await ideas.count()).toBeLessThanOrEqual(10);
    for (const idea of await ideas.all()) {
      await expect(idea.locator('svg[role="img"]')).toHaveAttribute('aria-label', /\w/);
    }
    const size = await page
      .locator('.idea-text p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);

    const call = page.getByRole('link', { name: 'Call the police on 999' });
    await expect(call).toHaveAttribute('href', 'tel:999');
    await expect(page.getByText('55', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'easy read page');
  });
});
