import { seriousViolations } from './a11y-support';
import { SECTIONS, expect, test } from './support';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const { hash, heading } of SECTIONS) {
      test(`${heading} has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(`./${hash}`);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test('every control is at least 44 by 44 pixels on a tablet', async ({ page }) => {
  for (const viewport of [
    { width: 768, height: 1024 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(viewport);
    for (const { hash, heading } of SECTIONS) {
      await page.goto(`./${hash}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'button, a[href], input, select, textarea, [role=button]',
          ),
        ]
          .filter((el) => el.offsetParent !== null && !el.closest('p, li:not(nav li)'))
          // A checkbox or radio button inside its label is tapped anywhere on the label.
          .map((el) => {
            const isBox = el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type);
            const target = (isBox && el.closest('label')) || el;
            return { el, box: target.getBoundingClientRect() };
          })
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(
            ({ el, box }) => `${el.tagName} "${el.textContent?.trim()}" ${box.width}x${box.height}`,
          ),
      );
      expect(small, `${hash} at ${viewport.width}x${viewport.height}`).toEqual([]);
    }
  }
});
