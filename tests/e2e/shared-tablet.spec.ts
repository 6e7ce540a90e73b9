// A team's shared tablet in real Chromium: two journals on one device, each with its own
// name; locking after setting up the second shows the unlock screen; deleting mine needs
// my passphrase (a colleague's does nothing) and leaves my colleague's journal, which still
// opens. Plus what only a browser shows: the printed recovery key, and set-up falling back
// to PBKDF2 when the Argon2id worker cannot run.
import type { Page } from '@playwright/test';
import { expect, test } from './support';
import { seriousViolations } from './a11y-support';
import { PASSPHRASE, setUpJournal, unlockWithPassphrase, writeEntry } from './journal-support';

const COLLEAGUE = 'quartz meadow lantern ninety';

/** From the unlock screen: "Set up another journal on this device". */
async function setUpAnother(page: Page, name: string, passphrase: string) {
  await page.getByRole('link', { name: 'Set up another journal on this device' }).click();
  await expect(page.getByRole('heading', { name: 'Set up another journal' })).toBeVisible();
  await page.getByLabel('Name for this journal').fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Set up journal' }).click();
}

async function openRecoveryStep(page: Page) {
  await page
    .getByLabel('I have printed or written down my recovery key')
    .check({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Open my journal' }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
}

test('two journals on one tablet: names differ, lock shows unlock, deleting mine leaves my colleague’s', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Sam sets up first, on a tablet the team shares.
  await setUpJournal(page, 'Sam', './#/journal', true);
  await expect(page.getByText(/This device is shared, so journals here now lock/)).toBeVisible();
  await writeEntry(page, 'Sam’s reflection after the core group.', 'Sam’s entry');
  await page.getByRole('button', { name: 'Lock now' }).click();

  // A colleague cannot take the same name, however it is typed.
  await setUpAnother(page, ' sam ', COLLEAGUE);
  await expect(page.getByRole('alert')).toHaveText(
    'There is already a journal called “sam” on this device. Choose another name, such as your initials.',
  );
  await expect(page.getByTestId('recovery-key')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: /Yes, others use it too/ })).toBeChecked();
  expect(await seriousViolations(page), 'set-up with a name taken').toEqual([]);
  await page.getByLabel('Name for this journal').fill('JK');
  await page.getByRole('button', { name: 'Set up journal' }).click();
  await openRecoveryStep(page);
  await writeEntry(page, 'JK’s reflection on a home visit.', 'JK’s entry');

  // Locking straight after set-up shows the unlock screen, not the set-up form.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Set up/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();

  // Sam opens their own journal and deletes it.
  await page.getByRole('radio', { name: 'Sam' }).check();
  await unlockWithPassphrase(page, PASSPHRASE);
  await expect(page.getByRole('link', { name: 'Sam’s entry' })).toBeVisible();
  await page.getByRole('link', { name: 'Backup and security' }).click();
  await expect(page.getByRole('button', { name: /Delete (all|every)/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete this journal…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the journal “Sam”?' });

  // The colleague's passphrase is not Sam's: nothing is deleted.
  await dialog.getByLabel('This journal’s passphrase').fill(COLLEAGUE);
  await dialog.getByRole('button', { name: 'Delete this journal' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'That passphrase does not open this journal. Nothing has been deleted.',
    { timeout: 30_000 },
  );
  expect(await journalNames(page)).toEqual(['JK', 'Sam']);
  expect(await seriousViolations(page), 'delete dialog').toEqual([]);

  await dialog.getByLabel('This journal’s passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Delete this journal' }).click();
  await expect(page.getByText('The journal “Sam” has been deleted from this device.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  expect(await journalNames(page)).toEqual(['JK']);

  // The colleague's journal is whole and still opens with its passphrase.
  await unlockWithPassphrase(page, COLLEAGUE);
  await expect(page.getByRole('link', { name: 'JK’s entry' })).toBeVisible();

  // Deleting every journal is in Settings, which names each one.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByTestId('journals-on-device')).toHaveText(
    /^“JK”, made on \w+day, \d+ \w+ \d{4}$/,
  );
  await page.getByRole('button', { name: 'Delete every journal…' }).click();
  await expect(page.getByLabel('Type DELETE to confirm')).toBeVisible();
  expect(await seriousViolations(page), 'settings, delete every journal').toEqual([]);
});

test('the printed recovery key says what it is: app, journal, date, what to do', async ({
  page,
}, testInfo) => {
  await page.goto('./#/journal');
  await page.getByLabel('Name for this journal').fill('Sam');
  await page.getByRole('radio', { name: 'No, only I use it' }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set up journal' }).click();
  await expect(page.getByTestId('recovery-key')).toBeVisible({ timeout: 30_000 });

  await page.emulateMedia({ media: 'print' });
  const today = await page.evaluate(() =>
    new Date().toLocaleDateString('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
  );
  const sheet = page.locator('.recovery-card');
  await expect(sheet.getByText('Breathing Space: reflective journal')).toBeVisible();
  await expect(sheet).toContainText('Journal');
  await expect(sheet).toContainText('Sam');
  await expect(sheet).toContainText(`Made on${today}`);
  await expect(sheet.getByText(/Keep this sheet somewhere safe/)).toBeVisible();
  await expect(sheet.getByText(/Use my recovery key instead/)).toBeVisible();
  // On paper: no buttons, no navigation, no screen-only explanation.
  await expect(page.getByRole('button', { name: 'Open my journal' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('recovery-key-print.png'), fullPage: true });

  await page.emulateMedia({ media: 'screen' });
  await expect(sheet.getByText('Breathing Space: reflective journal')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Open my journal' })).toBeVisible();
});

test.describe('where the Argon2id worker cannot run', () => {
  // The worker's script is refused, as a device without the memory (or without module
  // workers) would fail it; the service worker is kept out so the refusal reaches the page.
  test.use({ serviceWorkers: 'block' });

  test('set-up falls back to PBKDF2 and says so, and the journal opens again', async ({ page }) => {
    test.setTimeout(120_000);
    await page.route(/argon2\.worker[^/]*\.js/, (route) => route.abort());
    await page.goto('./#/journal');
    await page.getByRole('radio', { name: 'No, only I use it' }).check();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Passphrase again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Set up journal' }).click();
    const notice = page.getByRole('region', { name: 'Your journal uses the standard protection' });
    await expect(notice).toContainText('could not run the stronger protection', {
      timeout: 30_000,
    });
    await expect(notice).toContainText('PBKDF2');
    await openRecoveryStep(page);
    await page.getByRole('button', { name: 'Lock now' }).click();
    await unlockWithPassphrase(page);
  });
});

/** The names of the journals on this device, straight from IndexedDB. */
async function journalNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('breathing-space');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('vaults').objectStore('vaults').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { label: string }[]).map((v) => v.label).sort());
          };
        };
      }),
  );
}
