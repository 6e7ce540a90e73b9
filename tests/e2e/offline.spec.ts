import { SECTIONS, expect, openControlled, test } from './support';

test.describe('offline', () => {
  test('after one visit the app opens, reloads and follows deep links with no network', async ({
    page,
    context,
  }) => {
    await openControlled(page);
    await context.setOffline(true);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();

    for (const { hash, heading } of SECTIONS) {
      const fresh = await context.newPage();
      await fresh.goto(`./${hash}`);
      await expect(fresh.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await fresh.close();
    }

    // A home-screen icon may open the entry point with a query string.
    await page.goto('./index.html?source=homescreen#/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('saves and shows data while offline', async ({ page, context }) => {
    await openControlled(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByLabel('New group name').fill('Offline group');
    await page.getByRole('button', { name: 'Create group' }).click();
    await expect(page.getByText('Offline group')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Offline group')).toBeVisible();
  });
});
