// T-2.3: a new version is announced, applied only on a user's click, refused while another
// tab is busy, and never reloads a tab that did not ask.
import type { Page } from '@playwright/test';
import { changeEntryPage, serveTwoBuilds } from './staged-builds';
import { expect, openControlled, test } from './support';

async function markPage(page: Page) {
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
}

async function isSamePage(page: Page) {
  return page.evaluate(() => (window as unknown as { marker?: string }).marker === 'still here');
}

/** Starts a real workshop in a page: the run screen holds the "workshop running" busy lock. */
async function startWorkshop(page: Page, origin: string) {
  await page.goto(`${origin}#/run/start/ad-hoc`);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
}

async function finishWorkshop(page: Page) {
  await page.getByRole('button', { name: 'Finish the workshop' }).click();
  await page.getByRole('button', { name: 'Yes, finish' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Session record');
}

test('an update waits for its user, and for every busy tab', async ({ context }) => {
  const builds = await serveTwoBuilds(test.info(), changeEntryPage);
  const { origin } = builds;

  try {
    const busyTab = await context.newPage();
    const idleTab = await context.newPage();
    await openControlled(busyTab, origin);
    await idleTab.goto(origin);
    await startWorkshop(busyTab, origin);
    await markPage(busyTab);
    await markPage(idleTab);

    builds.deployB();
    await idleTab.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const prompt = idleTab.getByText('A new version is ready — reload when convenient.');
    await expect(prompt).toBeVisible();
    await idleTab.getByRole('button', { name: 'Reload now' }).click();
    await expect(idleTab.getByText(/not yet: a workshop is running in another tab/i)).toBeVisible();
    expect(await isSamePage(idleTab)).toBe(true);
    expect(await isSamePage(busyTab)).toBe(true);

    // The workshop ends; now the update may go ahead, in the tab that asked for it only.
    await finishWorkshop(busyTab);
    await idleTab.getByRole('button', { name: 'Reload now' }).click();
    await expect(idleTab.locator('meta[name="build"]')).toHaveAttribute('content', 'B');

    await expect(
      busyTab.getByText('A new version is ready — reload when convenient.'),
    ).toBeVisible();
    expect(await isSamePage(busyTab)).toBe(true);
    await expect(busyTab.locator('meta[name="build"]')).toHaveCount(0);
  } finally {
    builds.close();
  }
});
