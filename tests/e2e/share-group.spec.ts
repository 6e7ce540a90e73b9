// Two tablets, two browser profiles: the group's file and a series link go from one to the
// other, which opens them offline and carries on planning. Nothing private goes with them.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { correction, generate } from 'lean-qr';
import { seriousViolations } from './a11y-support';
import { findMarkerInStorage, setUpJournal, writeEntry } from './journal-support';
import { expect, openControlled, startGroupWithTurns, test } from './support';

const MARKER = 'PRIVATE-MARKER-7f3a';

/** A QR code's dark modules as the app draws them: one unit square each. */
function modulesPath(code: { size: number; get(x: number, y: number): boolean }) {
  let path = '';
  for (let y = 0; y < code.size; y += 1) {
    for (let x = 0; x < code.size; x += 1) if (code.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
  }
  return path;
}

/** A second tablet: its own profile (storage, service worker), opened once online, then offline. */
async function secondTablet(browser: Browser, baseURL: string) {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const page = await context.newPage();
  await openControlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();
  return { context, page };
}

async function planOnFirstTablet(page: Page) {
  await openControlled(page);
  await startGroupWithTurns(page);
  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  const incident = page.locator('.incident-card').first();
  await incident.getByLabel('Title').fill('Friday at five');
  await incident.getByLabel('Anonymised summary').fill('A young man leaving care rang at five.');
  await incident.getByLabel('Anonymised summary').blur();
  await expect(incident.getByRole('alert')).toHaveCount(0);
  // Private writing on the same tablet, linked to nothing shared.
  await setUpJournal(page);
  await writeEntry(page, `${MARKER} what I could not say in the group`);
  await page.goto('./#/plan');
  await page.getByRole('link', { name: 'North team' }).click();
}

test('a group goes by file and by link to another tablet, which carries on offline', async ({
  page,
  browser,
  baseURL,
}) => {
  await planOnFirstTablet(page);

  // The group file, from the group's page.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the group file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^North team \d{4}-\d{2}-\d{2}\.bsgroup$/);
  const text = await readFile((await file.path())!, 'utf8');
  expect(text).toContain('Friday at five');
  expect(text).not.toContain(MARKER);
  await expect(page.getByText(/Last saved or shared from this tablet on/)).toBeVisible();

  // The link, from the series' page, with its QR code.
  await page.getByRole('link', { name: 'First series' }).click();
  await page.getByRole('button', { name: 'Make a link' }).click();
  const link = await page.getByRole('textbox', { name: 'Link to this series' }).inputValue();
  expect(link).toMatch(/#\/plan\/open\/[0-9A-Z$*+\-.:]+$/);
  expect(link).not.toContain(MARKER);
  const qr = page.getByRole('img', { name: 'QR code of the link to this series' });
  await expect(qr).toBeVisible();
  expect(Number(await qr.getAttribute('data-version'))).toBeLessThanOrEqual(40);
  // The code holds the link and nothing else: drawn again from the link, it is the same.
  const drawn = generate(link, { minCorrectionLevel: correction.L });
  expect(await qr.locator('path').getAttribute('d')).toBe(modulesPath(drawn));

  // Tablet B opens the file offline, sees what it brings, adds it and carries on.
  const b = await secondTablet(browser, baseURL!);
  await b.page.getByRole('link', { name: 'Open a group file or link' }).click();
  await b.page.getByLabel('A group file').setInputFiles((await file.path())!);
  await expect(b.page.getByText('This group is new to this tablet.')).toBeVisible();
  const workshopsRow = b.page.getByRole('row', { name: /^Workshops/ });
  await expect(workshopsRow.getByRole('cell').first()).toHaveText('6');
  expect(await seriousViolations(b.page)).toEqual([]);
  await b.page.getByRole('button', { name: 'Add the group to this tablet' }).click();
  await expect(b.page.getByRole('heading', { level: 1, name: 'North team' })).toBeVisible();
  await b.page.getByRole('link', { name: 'First series' }).click();
  await expect(b.page.locator('.workshop-row').first()).toContainText('Presenting: JK');
  await b.page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  await expect(b.page.locator('.incident-card').first().getByLabel('Title')).toHaveValue(
    'Friday at five',
  );
  await b.page.getByLabel('Venue').fill('Room 9, Civic Centre');
  await b.page.getByLabel('Venue').blur();
  await expect
    .poll(() => findMarkerInStorage(b.page, 'Room 9'))
    .toContain('indexedDB:breathing-space/workshops');
  await b.page.reload();
  await expect(b.page.getByLabel('Venue')).toHaveValue('Room 9, Civic Centre');

  // The same file again changes nothing, and says so; no second group appears.
  await b.page.goto('./#/plan/open');
  await b.page.getByLabel('A group file').setInputFiles((await file.path())!);
  await expect(
    b.page.getByText('This tablet already has this group, and nothing in the file is newer'),
  ).toBeVisible();
  await expect(
    b.page
      .getByRole('row', { name: /^Workshops/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('1');
  await b.page.getByRole('link', { name: 'Go to the group' }).click();
  await expect(b.page.getByRole('heading', { level: 1, name: 'North team' })).toBeVisible();
  await b.page.goto('./#/plan');
  await expect(b.page.getByRole('link', { name: 'North team' })).toHaveCount(1);

  // A damaged file is refused in plain words and changes nothing.
  await b.page.goto('./#/plan/open');
  await b.page.getByLabel('A group file').setInputFiles({
    name: 'broken.bsgroup',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, text.length / 2)),
  });
  await expect(b.page.getByRole('alert')).toContainText('Nothing on this tablet was changed.');
  await b.context.close();

  // Tablet C opens the link offline: the data leaves the address at once.
  const c = await secondTablet(browser, baseURL!);
  await c.page.goto(link);
  await expect(c.page.getByText('This group is new to this tablet.')).toBeVisible();
  expect(c.page.url()).toMatch(/#\/plan\/open$/);
  await c.page.getByRole('button', { name: 'Add the group to this tablet' }).click();
  await c.page.getByRole('link', { name: 'First series' }).click();
  await expect(c.page.locator('.workshop-row')).toHaveCount(6);
  await c.page.getByRole('link', { name: 'Workshop 2 of 5' }).click();
  await c.page.getByLabel('Venue').fill('The library');
  await c.page.getByLabel('Venue').blur();
  await expect(c.page.getByLabel('Venue')).toHaveValue('The library');
  await c.context.close();
});

test('a group file shared to the installed app waits in its inbox and opens, offline', async ({
  page,
  context,
  baseURL,
}) => {
  await openControlled(page);
  await startGroupWithTurns(page);
  await page.getByRole('link', { name: '← North team' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the group file' }).click();
  const text = await readFile((await (await download).path())!, 'utf8');
  await page.getByRole('button', { name: 'Delete this group' }).click();
  await page.getByRole('button', { name: 'Delete the group' }).click();
  await expect(page.getByRole('link', { name: 'North team' })).toHaveCount(0);

  // What the share sheet does: a navigation that POSTs the file to the manifest's
  // share_target (from outside the app, so the app's own policy, which lets its pages post
  // nowhere, does not apply). The service worker answers it, offline, by keeping the file in
  // its inbox and sending the app to open it.
  await context.setOffline(true);
  const sheet = await context.newPage();
  await sheet.setContent(
    `<form method="POST" enctype="multipart/form-data" action="${baseURL}share-target">` +
      '<input type="file" name="file" id="shared"></form>',
  );
  await sheet.locator('#shared').setInputFiles({
    name: 'North team.bsgroup',
    mimeType: 'application/vnd.breathing-space.group+json',
    buffer: Buffer.from(text),
  });
  await sheet.evaluate(() =>
    (document.getElementById('shared') as HTMLInputElement).form!.submit(),
  );
  await sheet.waitForURL(/#\/plan\/open$/);
  await expect(sheet.getByText('This group is new to this tablet.')).toBeVisible();
  await sheet.getByRole('button', { name: 'Add the group to this tablet' }).click();
  await expect(sheet.getByRole('heading', { level: 1, name: 'North team' })).toBeVisible();
  // The inbox is emptied once taken: opening the screen again offers nothing.
  await page.goto('./#/plan/open');
  await expect(page.getByRole('heading', { name: 'Choose what to open' })).toBeVisible();
});
