// The Plan section's inner pages, with data in them: no serious axe violations in either
// theme, and every control big enough for a finger on a tablet.
import { seriousViolations } from './a11y-support';
import type { Page } from '@playwright/test';
import { expect, openControlled, test } from './support';

async function planPages(page: Page): Promise<{ name: string; hash: string }[]> {
  await openControlled(page);
  await page.getByLabel('New group name').fill('North team');
  await page.getByLabel('You (facilitator)').fill('Sam');
  await page.getByLabel('Other members, one per line').fill('JK\nAB');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First series' })).toBeVisible();
  await page.getByRole('button', { name: 'Propose turns' }).click();
  await expect(page.locator('.workshop-row').first()).toContainText('Presenting: JK');
  const series = new URL(page.url()).hash;
  const group = await page.getByRole('link', { name: '← North team' }).getAttribute('href');
  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  await page.getByRole('button', { name: 'Add a new reading to this workshop' }).click();
  await page.locator('.reading-editor').getByLabel('Title').fill('A reading');
  const workshop = new URL(page.url()).hash;
  return [
    { name: 'group', hash: group! },
    { name: 'series', hash: series },
    { name: 'paper kit', hash: `${series}/kit` },
    { name: 'workshop', hash: workshop },
    { name: 'pack', hash: `${workshop}/pack` },
    { name: 'guide', hash: '#/plan/guide' },
  ];
}

// One test per theme, so the two run side by side; axe over five pages is slow on 2 cores.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the plan pages have no serious axe violations in the ${colorScheme} theme`, async ({
    page,
  }) => {
    test.slow();
    const pages = await planPages(page);
    await page.emulateMedia({ colorScheme });
    for (const { name, hash } of pages) {
      await page.goto(`./${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Loading…')).toHaveCount(0);
      expect(await seriousViolations(page), `${name} in ${colorScheme}`).toEqual([]);
    }
  });
}

test('every plan control is at least 44 by 44 pixels on a tablet', async ({ page }) => {
  const pages = await planPages(page);
  for (const viewport of [
    { width: 768, height: 1024 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(viewport);
    for (const { name, hash } of pages) {
      await page.goto(`./${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Loading…')).toHaveCount(0);
      // Unlike the shell's check, controls in list items count here: they are rows of a
      // form, not links in running text. A checkbox's target is its whole label.
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'button, a[href], input, select, textarea, [role=button]',
          ),
        ]
          .filter((el) => el.offsetParent !== null && !el.closest('p'))
          .map((el) => {
            const isBox = el instanceof HTMLInputElement && /checkbox|radio/.test(el.type);
            const target = isBox ? (el.closest('label') ?? el) : el;
            return { el, box: target.getBoundingClientRect() };
          })
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(
            ({ el, box }) =>
              `${el.tagName}#${el.id} "${el.textContent?.trim()}" ${box.width}x${box.height}`,
          ),
      );
      expect(small, `${name} at ${viewport.width}x${viewport.height}`).toEqual([]);
    }
  }
});
