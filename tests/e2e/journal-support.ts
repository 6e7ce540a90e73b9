// Helpers for the journal's end-to-end tests: set up a vault, unlock it, and look for a
// marker phrase everywhere the page could keep it.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './support';

export const PASSPHRASE = 'maple lantern orbit seventeen';

/**
 * Sets up a journal and returns the recovery key it showed once. The device counts as not
 * shared unless asked (a shared one locks after two minutes, too soon for long tests).
 */
export async function setUpJournal(
  page: Page,
  label = 'Sam',
  journalUrl = './#/journal',
  isShared = false,
): Promise<string> {
  await page.goto(journalUrl);
  await page.getByLabel('Name for this journal').fill(label);
  await page
    .getByRole('radio', { name: isShared ? /Yes, others use it too/ : 'No, only I use it' })
    .check();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set up journal' }).click();
  const recoveryKey = (await page.getByTestId('recovery-key').textContent({ timeout: 30_000 }))!;
  await page.getByLabel('I have printed or written down my recovery key').check();
  await page.getByRole('button', { name: 'Open my journal' }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
  return recoveryKey.trim();
}

export async function unlockWithPassphrase(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible({ timeout: 30_000 });
}

/** Sets up a journal from the Actions screen, which asks for one before any card. */
export async function setUpFromActions(page: Page): Promise<void> {
  await page.goto('./#/actions');
  await expect(page.getByRole('heading', { level: 1, name: 'Action cards' })).toBeVisible();
  await page.getByRole('radio', { name: 'No, only I use it' }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set up journal' }).click();
  await page
    .getByLabel('I have printed or written down my recovery key')
    .check({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Open my journal' }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
}

/** Writes a free-writing entry and saves it. */
export async function writeEntry(page: Page, text: string, title = ''): Promise<void> {
  await page.getByRole('link', { name: 'New entry', exact: true }).click();
  if (title) await page.getByLabel('Title (optional)').fill(title);
  await page.locator('textarea').first().fill(text);
  await expect(page.getByText('Draft saved, encrypted.')).toBeVisible();
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('link', { name: 'New entry', exact: true })).toBeVisible();
}

/**
 * Every place the page could hold the marker: the DOM, web storage, and every row of every
 * IndexedDB store, with binary fields read as UTF-8, UTF-16 and Latin-1.
 */
export async function findMarkerInStorage(page: Page, marker: string): Promise<string[]> {
  return page.evaluate(async (needle) => {
    const found: string[] = [];
    const views = (bytes: Uint8Array) => [
      new TextDecoder('utf-8').decode(bytes),
      new TextDecoder('utf-16le').decode(bytes.byteLength % 2 ? bytes.slice(1) : bytes),
      String.fromCharCode(...bytes.slice(0, 200_000)),
    ];
    const texts = (value: unknown): string[] => {
      if (value instanceof ArrayBuffer) return views(new Uint8Array(value));
      if (ArrayBuffer.isView(value)) {
        return views(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      }
      if (typeof value === 'string') return [value];
      if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
      return [String(value)];
    };
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        if (rows.some((row) => texts(row).some((text) => text.includes(needle)))) {
          found.push(`indexedDB:${info.name}/${store}`);
        }
      }
      db.close();
    }
    for (const [name, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i)!;
        if (`${key}${storage.getItem(key)}`.includes(needle)) found.push(name);
      }
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (request.url.includes(needle)) found.push(`cache:${name}`);
      }
    }
    return found;
  }, marker);
}

export async function domContains(page: Page, marker: string): Promise<boolean> {
  return page.evaluate(
    (needle) =>
      document.documentElement.outerHTML.includes(needle) ||
      [
        ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
      ].some((field) => field.value.includes(needle)),
    marker,
  );
}

/** Makes a backup from the Backup and security screen and returns the file and its name. */
export async function makeBackupFile(page: Page): Promise<{ file: Buffer; name: string }> {
  await page.evaluate(() => (location.hash = '#/journal/backup'));
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup file' }).click();
  const download = await downloading;
  await expect(page.getByText(/Backup checked and saved: it opens/)).toBeVisible();
  return { file: readFileSync((await download.path())!), name: download.suggestedFilename() };
}

/** Picks a backup file on the restore screen (its summary shows, or a refusal). */
export async function pickBackupFile(page: Page, buffer: Buffer): Promise<void> {
  await page.getByLabel('Backup file', { exact: true }).setInputFiles({
    name: 'backup.bsbackup',
    mimeType: 'application/octet-stream',
    buffer,
  });
}

/** Opens the picked backup with its passphrase; the preview (or a refusal) follows. */
export async function openPickedBackup(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase of the backed-up journal').fill(passphrase);
  await page.getByRole('button', { name: 'Open the backup' }).click();
}
