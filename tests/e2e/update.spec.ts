// T-2.3: a new version is announced, applied only on a user's click, refused while another
// tab is busy, and never reloads a tab that did not ask.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { createStaticServer } from '../../scripts/serve.mjs';
import { ALSO_SERVES, expect, openControlled, test } from './support';

const DIST = join(import.meta.dirname, '../../dist');

/** Makes "build B": the same app with a changed entry page, as a redeploy would ship. */
function stageBuilds() {
  const folder = mkdtempSync(join(tmpdir(), 'breathing-space-update-'));
  const buildA = join(folder, 'a');
  const buildB = join(folder, 'b');
  cpSync(DIST, buildA, { recursive: true });
  cpSync(DIST, buildB, { recursive: true });
  const html = readFileSync(join(buildB, 'index.html'), 'utf8');
  writeFileSync(
    join(buildB, 'index.html'),
    html.replace('<title>', '<meta name="build" content="B" /><title>'),
  );
  const sw = readFileSync(join(buildB, 'sw.js'), 'utf8');
  const updated = sw.replace(/("revision":")[^"]*(","url":"index\.html")/, '$1build-b$2');
  expect(updated).not.toBe(sw);
  writeFileSync(join(buildB, 'sw.js'), updated);
  return { folder, buildA, buildB };
}

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
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
}

async function finishWorkshop(page: Page) {
  await page.getByRole('button', { name: 'Finish the workshop' }).click();
  await page.getByRole('button', { name: 'Yes, finish' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Session record');
}

test('an update waits for its user, and for every busy tab', async ({ context }) => {
  const { folder, buildA, buildB } = stageBuilds();
  const { server, setRoot } = createStaticServer({ root: buildA });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  test.info().annotations.push({ type: ALSO_SERVES, description: new URL(origin).origin });

  try {
    const busyTab = await context.newPage();
    const idleTab = await context.newPage();
    await openControlled(busyTab, origin);
    await idleTab.goto(origin);
    await startWorkshop(busyTab, origin);
    await markPage(busyTab);
    await markPage(idleTab);

    setRoot(buildB);
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
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
