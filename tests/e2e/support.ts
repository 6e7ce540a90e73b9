// Shared end-to-end fixtures: every test records the requests its pages make, and can
// wait until the service worker controls the page.
import { test as base, expect, type Page } from '@playwright/test';

export interface RecordedRequest {
  url: string;
  method: string;
  fromServiceWorker: boolean;
}

export const test = base.extend<{ requests: RecordedRequest[] }>({
  requests: async ({ context }, use) => {
    const requests: RecordedRequest[] = [];
    context.on('request', (request) =>
      requests.push({
        url: request.url(),
        method: request.method(),
        fromServiceWorker: Boolean(request.serviceWorker()),
      }),
    );
    await use(requests);
  },
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
