// Nothing private rests in what the browser keeps by itself: a unique marker typed
// into every private field (each journal template's fields, title, tags, values, search, an
// action card, its follow-up and the CPD draft), then a lock and the browser closed; every
// file of the browser's profile folder is then read as bytes, UTF-8 and UTF-16, and the
// marker must be in none of them: not the session files (form restore), autofill data,
// spellcheck dictionary, caches, nor IndexedDB (where it is sealed).
import { randomUUID } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';
import { journalTemplates } from '../../src/domain/journal';
import { setUpJournal } from './journal-support';

/** Every regular file under `dir`, however deep. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) return filesUnder(path);
    return stat.isFile() ? [path] : [];
  });
}

/** The profile's files that hold `text`, as UTF-8 or UTF-16 (either byte order). */
function filesHolding(dir: string, text: string): string[] {
  const needles = [
    Buffer.from(text, 'utf8'),
    Buffer.from(text, 'utf16le'),
    Buffer.from(text, 'utf16le').swap16(),
  ];
  return filesUnder(dir).filter((path) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return false; // gone since it was listed (a lock file)
    }
    return needles.some((needle) => bytes.includes(needle));
  });
}

async function goInApp(page: Page, hash: string) {
  // The address changes inside the page, as a link would: a reload would lock the journal.
  await page.evaluate((h) => (location.hash = h), hash);
}

test('nothing typed into a private field is left in the browser profile after lock and close', async ({
  baseURL,
}) => {
  // Nine templates, a card, a follow-up and the CPD draft, each waiting for its autosave.
  test.setTimeout(300_000);
  const marker = `ZZPROFILE${randomUUID().replaceAll('-', '')}`;
  let count = 0;
  const mark = () => `${marker} ${(count += 1)}`;
  const journalName = `Profile ${randomUUID().slice(0, 8)}`;
  const profile = mkdtempSync(join(tmpdir(), 'breathing-space-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
      baseURL,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1024, height: 768 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.clock.install();
    await setUpJournal(page, journalName);

    // Every template's fields, with title, tags and values; each entry saved.
    for (const model of journalTemplates()) {
      await page.getByRole('link', { name: 'New entry', exact: true }).click();
      await page.getByLabel('Template').selectOption(model.id);
      await page.getByLabel('Title (optional)').fill(mark());
      for (const stage of model.stages) await page.locator(`#stage-${stage.id}`).fill(mark());
      await page.getByLabel('Values at stake').fill(`${mark()}, honesty`);
      await page.getByLabel('Tags').fill(`${mark()}, court`);
      await expect(page.getByText('Draft saved, encrypted.')).toBeVisible();
      await page.getByRole('button', { name: 'Save entry' }).click();
      await expect(page.getByRole('link', { name: 'New entry', exact: true })).toBeVisible();
    }
    await page.getByLabel('Search your journal').fill(mark());
    await expect(page.getByText(/entries match/)).toBeVisible();
    await page.getByLabel('Search your journal').fill('');

    // An action card, its three actions, and a follow-up of each.
    await goInApp(page, '#/actions/new');
    await page.getByLabel('What I want to change').fill(mark());
    for (const i of [1, 2, 3]) {
      if (i > 1) await page.getByRole('button', { name: 'Add an action' }).click();
      await page.getByLabel(`Action ${i}`, { exact: true }).fill(mark());
    }
    await expect(page.getByText('Saved, encrypted.')).toBeVisible();
    await page.getByRole('link', { name: 'Follow up' }).click();
    for (const i of [1, 2, 3]) {
      await expect(page.getByText(`Action ${i} of 3`)).toBeVisible();
      await page.getByLabel('What helped?').fill(mark());
      await page.getByLabel('What hindered?').fill(mark());
      await page.getByRole('button', { name: i < 3 ? 'Next action' : 'Finish follow-up' }).click();
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Action cards' })).toBeVisible();

    // The CPD draft, every part typed over; then the journal locks itself with the draft on
    // screen, as it would after ten idle minutes.
    await goInApp(page, '#/journal/cpd');
    await page.getByRole('button', { name: 'Select all' }).click();
    const parts = page.getByRole('region', { name: 'Your draft' }).getByRole('textbox');
    await expect(parts).toHaveCount(6);
    for (const part of await parts.all()) await part.fill(mark());
    await expect(page.getByText('Draft saved, encrypted.')).toBeVisible();
    await page.clock.fastForward('10:30');
    await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
    // Time for the browser to write what it keeps of the page (it does so every few seconds).
    await page.waitForTimeout(5_000);
    await context.close();

    expect(count).toBeGreaterThan(40);
    // The scan reads what is there: the journal's name is stored in the clear.
    expect(filesHolding(profile, journalName).length).toBeGreaterThan(0);
    expect(filesHolding(profile, marker).map((path) => relative(profile, path))).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
