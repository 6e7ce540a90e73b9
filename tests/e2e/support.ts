// Shared end-to-end fixtures: every test records the requests its pages make, and can
// wait until the service worker controls the page.
import { test as base, expect, type Page } from '@playwright/test';

export interface RecordedRequest {
  url: string;
  method: string;
  fromServiceWorker: boolean;
}

export const ON_PURPOSE = 'tries another origin on purpose';
export const ALSO_SERVES = 'also serves the app from';

/**
 * Every test records the requests of its browser context, and fails if any went to another
 * origin: whatever journey a test takes (a workshop run, a journal written, a backup made),
 * it doubles as a privacy check.
 */
export const test = base.extend<{ requests: RecordedRequest[] }>({
  requests: [
    async ({ context, baseURL }, use, testInfo) => {
      const requests: RecordedRequest[] = [];
      context.on('request', (request) =>
        requests.push({
          url: request.url(),
          method: request.method(),
          fromServiceWorker: Boolean(request.serviceWorker()),
        }),
      );
      await use(requests);
      // A test that tries another origin on purpose, to see it blocked, says so.
      if (testInfo.annotations.some((a) => a.type === ON_PURPOSE)) return;
      // A test that serves the app itself (to stage an update) names that origin too.
      const origins = [
        new URL(baseURL!).origin,
        ...testInfo.annotations.filter((a) => a.type === ALSO_SERVES).map((a) => a.description),
      ];
      const foreign = requests
        .map((r) => r.url)
        .filter(
          (url) =>
            !origins.some((origin) => url.startsWith(`${origin}/`)) && !/^(data|blob):/.test(url),
        );
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app and waits until its service worker has installed and controls the page. */
export async function openControlled(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
  }
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
    .toBe(true);
}

/** Every heading-1 of the five sections, by hash. */
export const SECTIONS = [
  { hash: '#/plan', label: 'Plan', heading: 'Plan' },
  { hash: '#/run', label: 'Run', heading: 'Run a workshop' },
  { hash: '#/journal', label: 'Journal', heading: 'Journal' },
  { hash: '#/actions', label: 'Actions', heading: 'Action cards' },
  { hash: '#/settings', label: 'Settings', heading: 'Settings' },
] as const;

export async function goToSection(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/**
 * Starts the North team (Sam facilitating, JK and AB) with its first series, and proposes
 * turns, so each workshop has a facilitator and a presenter with an incident. Leaves the
 * series page open, the "Turns proposed" offer dismissed.
 */
export async function startGroupWithTurns(page: Page): Promise<void> {
  await page.getByLabel('New group name').fill('North team');
  await page.getByLabel('You (facilitator)').fill('Sam');
  await page.getByLabel('Other members, one per line').fill('JK\nAB');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First series' })).toBeVisible();
  await page.getByRole('button', { name: 'Propose turns' }).click();
  await expect(page.locator('.workshop-row').first()).toContainText('Presenting: JK');
  // The "Undo" offer stays until dismissed; out of the way of the run screen's controls.
  await page
    .getByRole('status')
    .filter({ hasText: 'Turns proposed' })
    .getByRole('button', { name: 'Dismiss' })
    .click();
}
