// What helped and what hindered, passed on from one person's action cards to the follow-up on
// the facilitator's tablet: only the picked statements travel, anonymously, and the follow-up
// shows them grouped. Two browser profiles: the practitioner's device and the facilitator's.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seriousViolations } from './a11y-support';
import { setUpFromActions } from './journal-support';
import { expect, startGroupWithTurns, test } from './support';

const MARKER = 'PRIVATE-CARD-4c2e';

async function followUpACard(page: Page) {
  await setUpFromActions(page);
  await page.getByRole('link', { name: 'New card' }).click();
  await page.getByLabel('What I want to change').fill(`Slow down ${MARKER}`);
  await page.getByLabel('Action 1', { exact: true }).fill(`Read the file first ${MARKER}`);
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.getByLabel('Action 2', { exact: true }).fill('Ask the family');
  await expect(page.getByText('Saved, encrypted.')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('link', { name: /^Follow up/ }).click();
  await page.getByLabel('Some way').check();
  await page.getByLabel('What helped?').fill('A quiet hour before the visit');
  await page.getByLabel('What hindered?').fill('Court deadlines');
  await page.getByRole('button', { name: 'Next action' }).click();
  await page.getByLabel('Mostly').check();
  await page.getByLabel('What helped?').fill(`Talking it over with ${MARKER}`);
  await page.getByRole('button', { name: 'Finish follow-up' }).click();
  await expect(page.getByText(/Last followed up/)).toBeVisible();
}

test('picked statements go to the follow-up by link and file, anonymously, and show grouped', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await followUpACard(page);

  await page.getByRole('link', { name: 'Pass on to the follow-up' }).click();
  await expect(page.getByRole('button', { name: 'Pick at least one' })).toBeDisabled();
  await page.getByLabel('A quiet hour before the visit').check();
  await page.getByLabel('Court deadlines').check();
  await page.getByRole('button', { name: 'Pass on 2 statements' }).click();
  await expect(page.getByRole('heading', { name: 'Ready to pass on' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as a file' }).click();
  const text = await readFile((await (await download).path())!, 'utf8');
  expect(JSON.parse(text)).toEqual({
    format: 'breathing-space/passed-on',
    version: 1,
    helped: ['A quiet hour before the visit'],
    hindered: ['Court deadlines'],
  });
  await page.getByRole('button', { name: 'Show a link and QR code' }).click();
  const link = await page.getByRole('textbox', { name: 'Link for the facilitator' }).inputValue();
  await expect(page.getByRole('img', { name: 'QR code of what you are passing on' })).toBeVisible();
  for (const shared of [text, link]) {
    expect(shared).not.toContain(MARKER);
    expect(shared).not.toContain('Talking it over');
    expect(shared).not.toContain('Ask the family');
  }

  // The facilitator's tablet, running the follow-up workshop.
  const facilitator = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const room = await facilitator.newPage();
  await room.goto('./');
  await startGroupWithTurns(room);
  await room.getByRole('link', { name: 'Follow-up' }).click();
  await room.getByRole('link', { name: 'Run this workshop' }).click();
  await room.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(room.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  const runUrl = room.url();

  // Twice by link: two people passed on the same words.
  for (let i = 0; i < 2; i += 1) {
    await room.goto(link);
    await expect(room.getByText('Court deadlines')).toBeVisible();
    expect(room.url()).toMatch(/#\/run\/passed-on$/);
    await room.getByRole('button', { name: /^Add to / }).click();
    await expect(room.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  }
  await room.goto(runUrl.replace('/live/', '/record/'));
  const passed = room.getByRole('region', { name: 'Passed on from action cards' });
  await expect(passed.getByRole('listitem')).toHaveText([
    'A quiet hour before the visit (2 people)',
    'Court deadlines (2 people)',
  ]);
  await facilitator.close();
});
