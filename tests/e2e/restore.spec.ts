// Restoring never loses writing: an older backup merges into the journal (adding what went
// missing, keeping what was written since), and replacing it is one tap from undone.
import type { Page } from '@playwright/test';
import { seriousViolations, smallTargets } from './a11y-support';
import { expect, test } from './support';
import {
  makeBackupFile,
  openPickedBackup,
  pickBackupFile,
  setUpJournal,
  writeEntry,
} from './journal-support';

const entryLink = (page: Page, title: string) => page.getByRole('link', { name: title });

async function editTitle(page: Page, from: string, to: string) {
  await entryLink(page, from).click();
  await page.getByLabel('Title (optional)').fill(to);
  await expect(page.getByText('Draft saved, encrypted.')).toBeVisible();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(entryLink(page, to)).toBeVisible();
}

async function restoreScreen(page: Page, file: Buffer) {
  await page.evaluate(() => (location.hash = '#/journal/restore'));
  await pickBackupFile(page, file);
  await expect(page.getByRole('status').filter({ hasText: 'Holds' })).toContainText('2 entries');
  await openPickedBackup(page);
  await expect(page.getByRole('heading', { name: '3. Check what will happen' })).toBeVisible({
    timeout: 30_000,
  });
}

test('an older backup merges without losing newer writing, and replace is undone in one tap', async ({
  page,
}) => {
  await setUpJournal(page);
  await writeEntry(page, 'First reflection text', 'Home visit');
  await writeEntry(page, 'Second reflection text', 'Team meeting');
  const { file } = await makeBackupFile(page);

  // After the backup: one entry rewritten, one new, one deleted.
  await page.evaluate(() => (location.hash = '#/journal'));
  await editTitle(page, 'Home visit', 'Home visit, thought through');
  await writeEntry(page, 'Written after the backup', 'Supervision');
  await entryLink(page, 'Team meeting').click();
  await page.getByRole('button', { name: 'Delete entry' }).click();
  await expect(entryLink(page, 'Supervision')).toBeVisible();

  await restoreScreen(page, file);
  // The preview, as its owner meets it: no serious axe violations, every target 44 px.
  expect(await seriousViolations(page), 'restore preview').toEqual([]);
  expect(await smallTargets(page), 'restore preview').toEqual([]);
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /^Entries/ })).toHaveText(/Entries\s*2\s*2\s*1\s*1/);
  await expect(page.getByLabel('Merge (recommended)')).toBeChecked();
  await page.getByRole('button', { name: 'Merge the backup' }).click();
  await expect(page.getByText(/Backup merged: 1 entry added/)).toBeVisible();
  for (const title of ['Home visit, thought through', 'Supervision', 'Team meeting']) {
    await expect(entryLink(page, title)).toBeVisible();
  }

  // Replace: exactly the backup, then Undo restore brings back what was written since.
  await restoreScreen(page, file);
  await page.getByLabel('Replace with the backup').check();
  await expect(
    page.getByText(/2 records written or changed on this device since would go/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Replace with the backup' }).click();
  await expect(page.getByRole('link', { name: 'Home visit', exact: true })).toBeVisible();
  await expect(entryLink(page, 'Supervision')).toHaveCount(0);
  await page.evaluate(() => (location.hash = '#/journal/backup'));
  await expect(page.getByRole('heading', { name: 'Undo the last restore' })).toBeVisible();
  expect(await seriousViolations(page), 'backup screen with a restore to undo').toEqual([]);
  await page
    .getByRole('region', { name: 'Undo the last restore' })
    .getByRole('button', { name: 'Undo restore' })
    .click();
  await expect(page.getByText('Restore undone')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Undo the last restore' })).toHaveCount(0);
  await page.evaluate(() => (location.hash = '#/journal'));
  await expect(entryLink(page, 'Supervision')).toBeVisible();
  await expect(entryLink(page, 'Home visit, thought through')).toBeVisible();
});
