// The private journal end to end in real Chromium: entries are encrypted before they reach
// IndexedDB, never leave in a request, survive a reload, vanish from the page on auto-lock,
// open with the recovery key, and move between browser profiles only as an encrypted backup
// that is checked in full before it replaces anything.
import type { Page } from '@playwright/test';
import { expect, test } from './support';
import {
  domContains,
  findMarkerInStorage,
  makeBackupFile,
  openPickedBackup,
  pickBackupFile,
  setUpJournal,
  unlockWithPassphrase,
  writeEntry,
} from './journal-support';

function recordBodies(page: Page, into: string[]) {
  page.context().on('request', (request) => {
    into.push(
      `${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`,
    );
  });
}

test('a journal entry stays encrypted, local, and private after locking', async ({ page }) => {
  const marker = `ZZ-CANARY-${crypto.randomUUID()}`;
  const draftMarker = `ZZ-DRAFT-${crypto.randomUUID()}`;
  const sent: string[] = [];
  recordBodies(page, sent);
  await page.clock.install();

  const recoveryKey = await setUpJournal(page);
  await writeEntry(page, `Home visit today. ${marker} stayed with me.`, `Visit ${marker}`);
  await expect(page.getByRole('link', { name: `Visit ${marker}` })).toBeVisible();

  expect(await findMarkerInStorage(page, marker)).toEqual([]);
  // The scan does see what is stored in the clear (the journal's chosen name).
  expect(await findMarkerInStorage(page, 'Sam')).toContain('indexedDB:breathing-space/vaults');

  await page.reload();
  await unlockWithPassphrase(page);
  await expect(page.getByRole('link', { name: `Visit ${marker}` })).toBeVisible();

  // Search finds it; a word it lacks does not.
  await page.getByLabel('Search your journal').fill('home visit');
  await expect(page.getByRole('link', { name: `Visit ${marker}` })).toBeVisible();
  await page.getByLabel('Search your journal').fill('nothing-like-this');
  await expect(page.getByText('0 entries match.')).toBeVisible();

  // Start a new entry, then walk away: the journal locks and the page holds no private text.
  await page.getByLabel('Search your journal').fill('');
  await page.getByRole('link', { name: 'New entry' }).click();
  await page.getByLabel('Template').selectOption('johns');
  const spellchecked = await page
    .locator('textarea, input[type=text], input[type=search]')
    .evaluateAll((fields) => fields.filter((f) => (f as HTMLElement).spellcheck).length);
  expect(spellchecked).toBe(0);
  await page.getByLabel('Template').selectOption('free-writing');
  // The clock stands still from the keystroke to the lock, so the lock comes before the page
  // has run anything after the keystroke itself (its effects included).
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.locator('textarea').first().fill(`Unfinished thought ${draftMarker}`);
  await page.clock.fastForward('10:30');
  await page.clock.resume();
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  expect(await domContains(page, marker)).toBe(false);
  expect(await domContains(page, draftMarker)).toBe(false);
  expect(await findMarkerInStorage(page, draftMarker)).toEqual([]);

  // The recovery key opens it too, and the unfinished draft comes back.
  await page.getByRole('button', { name: 'Use my recovery key instead' }).click();
  await page.getByLabel('Recovery key').fill('WRONG KEY');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('does not open this journal');
  await page.getByLabel('Recovery key').fill(recoveryKey);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.locator('textarea').first()).toHaveValue(`Unfinished thought ${draftMarker}`);

  // Keep typing, pause, then the tab dies: the draft saved a second later survives.
  await page.locator('textarea').first().fill(`Unfinished thought ${draftMarker}, and more`);
  await expect(page.getByText('Draft saved, encrypted.')).toBeVisible();
  const context = page.context();
  await page.close({ runBeforeUnload: false });
  const reopened = await context.newPage();
  await reopened.goto('./#/journal');
  await reopened.getByRole('button', { name: 'Use my recovery key instead' }).click();
  await reopened.getByLabel('Recovery key').fill(recoveryKey);
  await reopened.getByRole('button', { name: 'Unlock' }).click();
  const drafts = reopened.getByRole('region', { name: 'Unfinished drafts' });
  await drafts.getByRole('link', { name: `Unfinished thought ${draftMarker}, and more` }).click();
  await expect(reopened.locator('textarea').first()).toHaveValue(
    `Unfinished thought ${draftMarker}, and more`,
  );

  // Locking in one tab locks every tab, and the draft is kept.
  const other = await context.newPage();
  await other.goto('./#/journal');
  await other.getByRole('button', { name: 'Use my recovery key instead' }).click();
  await other.getByLabel('Recovery key').fill(recoveryKey);
  await other.getByRole('button', { name: 'Unlock' }).click();
  await expect(other.getByRole('link', { name: `Visit ${marker}` })).toBeVisible();
  await reopened.getByRole('button', { name: 'Lock now' }).click();
  await expect(other.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  expect(await domContains(other, marker)).toBe(false);
  expect(await domContains(reopened, draftMarker)).toBe(false);

  for (const request of sent) {
    expect(request).not.toContain(marker);
    expect(request).not.toContain(draftMarker);
    expect(request).not.toContain(encodeURIComponent(marker));
    expect(request).not.toContain(Buffer.from(marker).toString('base64'));
  }
  expect(sent.length).toBeGreaterThan(0);
});

test('an encrypted backup restores in another profile; damaged files change nothing', async ({
  page,
  browser,
}) => {
  const marker = `ZZ-BACKUP-${crypto.randomUUID()}`;
  await setUpJournal(page);
  await writeEntry(page, `Supervision notes ${marker}`, `Supervision ${marker}`);
  const { file, name } = await makeBackupFile(page);
  expect(name).toMatch(/^breathing-space-Sam-\d{4}-\d{2}-\d{2}-\d{4}\.bsbackup$/);
  expect(file.includes(Buffer.from(marker))).toBe(false);

  // The browser clears the site's storage: the app notices and offers a restore.
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('breathing-space');
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Your journal seems to have gone' }),
  ).toBeVisible();

  const other = await browser.newContext();
  try {
    const second = await other.newPage();
    await second.goto('./#/journal');
    await second.getByRole('link', { name: 'Restore from a backup' }).first().click();
    // Truncated, or corrupted in the middle: refused as soon as it is picked, nothing written.
    await pickBackupFile(second, file.subarray(0, Math.floor(file.length / 2)));
    await expect(second.getByRole('alert')).toContainText('damaged or incomplete');
    await expect(second.getByRole('alert')).toContainText('Nothing has been changed');
    const flipped = Buffer.from(file);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    await pickBackupFile(second, flipped);
    await expect(second.getByRole('alert')).toContainText('Nothing has been changed');
    // The right file: what it holds shows before any passphrase; a wrong one changes nothing.
    await pickBackupFile(second, file);
    await expect(second.getByRole('status').filter({ hasText: 'Holds' })).toContainText('1 entry');
    await openPickedBackup(second, 'not the right passphrase');
    await expect(second.getByRole('alert')).toContainText('does not open this backup');
    const rows = await second.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('breathing-space');
        request.onsuccess = () => resolve(request.result);
      });
      const count = (store: string) =>
        new Promise<number>((resolve) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
      const result = { vaults: await count('vaults'), entries: await count('journalEntries') };
      db.close();
      return result;
    });
    expect(rows).toEqual({ vaults: 0, entries: 0 });

    await openPickedBackup(second);
    await expect(second.getByText('will be added to this device')).toBeVisible({ timeout: 30_000 });
    await second.getByRole('button', { name: 'Add the journal' }).click();
    await expect(second.getByRole('link', { name: `Supervision ${marker}` })).toBeVisible({
      timeout: 30_000,
    });
  } finally {
    await other.close();
  }
});
