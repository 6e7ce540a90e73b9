// Plan's first screen loads alone, and the code of the screens behind it arrives before
// anyone needs it, on a first visit or a later one, so moving within Plan never waits for it.
import type { Page } from '@playwright/test';
import { expect, test } from './support';

/** When the code of Plan's other screens finished arriving (page time), or null if not yet. */
const planPagesArrivedAt = (page: Page) =>
  page.evaluate(
    () =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
        /\/PlanPages-[^/]*\.js$/.test(entry.name),
      )?.responseEnd ?? null,
  );

const now = (page: Page) => page.evaluate(() => performance.now());

test('the first paint shows Plan itself, never the shell with a loading line', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __loading: string[] }).__loading = seen;
    new MutationObserver(() => {
      if (document.querySelector('.loading')) seen.push(document.body.innerText.slice(0, 80));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./');
  await expect(page.getByText('No groups yet')).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __loading: string[] }).__loading),
  ).toEqual([]);
});

test('the first screen loads alone; starting a group fetches the next screen meanwhile', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByText('No groups yet')).toBeVisible();
  expect(await planPagesArrivedAt(page), 'fetched with the first screen').toBeNull();

  await page.getByLabel('New group name').fill('North team');
  await expect.poll(() => planPagesArrivedAt(page)).not.toBeNull();
  const tappedAt = await now(page);
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First series' })).toBeVisible();
  expect(await planPagesArrivedAt(page)).toBeLessThan(tappedAt);
});

test('on a later visit, the screens behind Plan arrive once it has settled, untouched', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('New group name').fill('North team');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First series' })).toBeVisible();

  await page.goto('./#/plan');
  await page.reload();
  await expect(page.getByRole('link', { name: 'North team' })).toBeVisible();
  // Nobody touches anything: the next screens' code arrives by itself.
  await expect.poll(() => planPagesArrivedAt(page), { timeout: 10_000 }).not.toBeNull();
  const tappedAt = await now(page);
  await page.getByRole('link', { name: 'North team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'North team' })).toBeVisible();
  await page.getByRole('link', { name: '← All groups' }).click();
  await page.getByRole('link', { name: 'Read the guide to running the group' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Running a reflection group' }),
  ).toBeVisible();
  expect(await planPagesArrivedAt(page)).toBeLessThan(tappedAt);
});

test.describe('the page itself holds Plan’s first screen, drawn when the app was built', () => {
  /** The app's scripts never arrive: what shows is the page's own HTML and styles. */
  const withoutScripts = (page: Page) => page.route(/\/assets\/.*\.js$/, (route) => route.abort());

  test('it shows before any of the app’s code runs, and cannot be typed into', async ({ page }) => {
    await withoutScripts(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();
    await expect(page.getByText('Start a group', { exact: true })).toBeVisible();
    // Typing there would be lost when the app takes over, so the drawn screen is inert.
    await expect(
      page.locator('#new-group-name').fill('North team', { timeout: 1_000 }),
    ).rejects.toThrow();
  });

  test('another address never shows it, not even for a moment', async ({ page }) => {
    await withoutScripts(page);
    for (const address of ['./#/journal', './#/run', './#/room', './#/plan/guide']) {
      await page.goto(address);
      await expect(page.getByText('Start a group', { exact: true })).toBeHidden();
    }
  });

  test('the app takes it over as it is, and then it can be used', async ({ page }) => {
    // Long after the build: the drawn screen's proposed date is the build's, the app's is today's.
    await page.clock.setFixedTime(new Date('2030-03-01T10:00:00'));
    await page.goto('./');
    await expect(page.getByText('No groups yet')).toBeVisible();
    await page.getByLabel('New group name').fill('North team');
    await expect(page.getByLabel('New group name')).toHaveValue('North team');
    // The proposed first date is today's proposal, not the day the app was built.
    expect(await page.getByLabel('First workshop').inputValue()).toMatch(/^2030-03-/);
  });
});
