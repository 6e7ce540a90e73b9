// The journal's screens: no serious axe violations in either theme, and every control big
// enough for a finger on a tablet.
import type { Page } from '@playwright/test';
import { expect, test } from './support';
import { setUpJournal, writeEntry } from './journal-support';
import { seriousViolations, smallTargets } from './a11y-support';

const UNLOCKED_PAGES = [
  { name: 'timeline', hash: '#/journal' },
  { name: 'editor', hash: '#/journal/new' },
  { name: 'backup', hash: '#/journal/backup' },
  { name: 'export', hash: '#/journal/export' },
  { name: 'cpd', hash: '#/journal/cpd' },
  { name: 'restore', hash: '#/journal/restore' },
];

async function showPage(page: Page, hash: string) {
  await page.evaluate((h) => (location.hash = h), hash);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await expect(page.getByText('Opening…')).toHaveCount(0);
}

test('the journal screens have no serious axe violations, light or dark', async ({ page }) => {
  // Thirteen axe runs: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('./#/journal');
    await expect(page.getByRole('heading', { name: /Set up your journal|Unlock/ })).toBeVisible();
    expect(await seriousViolations(page), `set-up or unlock in ${colorScheme}`).toEqual([]);
  }
  await setUpJournal(page);
  await writeEntry(page, 'A short reflection for the checks.', 'Checks');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Dark mode changes only colours: the pages built from the same parts once are enough.
    const pages =
      colorScheme === 'light'
        ? UNLOCKED_PAGES
        : UNLOCKED_PAGES.filter((p) => ['timeline', 'editor', 'backup'].includes(p.name));
    for (const { name, hash } of pages) {
      await showPage(page, hash);
      if (name === 'editor') {
        await page.getByLabel('Template').selectOption('gibbs');
        await page.getByLabel('anxious').check();
      }
      expect(await seriousViolations(page), `${name} in ${colorScheme}`).toEqual([]);
    }
  }
  await page.getByRole('link', { name: '← Journal' }).click();
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), `unlock in ${colorScheme}`).toEqual([]);
  }
});

test('every journal control is at least 44 by 44 pixels on a tablet', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('./#/journal');
  await expect(page.getByRole('heading', { name: 'Set up your journal' })).toBeVisible();
  expect(await smallTargets(page), 'set-up').toEqual([]);
  await setUpJournal(page);
  await writeEntry(page, 'A short reflection for the checks.', 'Checks');
  for (const { name, hash } of UNLOCKED_PAGES) {
    await showPage(page, hash);
    if (name === 'editor') await page.getByLabel('anxious').check();
    expect(await smallTargets(page), name).toEqual([]);
  }
});
