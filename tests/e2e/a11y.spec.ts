import { seriousViolations } from './a11y-support';
import { SECTIONS, expect, test } from './support';

// One test per theme, visiting every section in one page: a new browser context for each
// section cost more than axe itself on two cores.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`every section has no serious or critical axe violations in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    for (const { hash, heading } of SECTIONS) {
      await page.goto(`./${hash}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      expect(await seriousViolations(page), `${heading} in ${colorScheme}`).toEqual([]);
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
