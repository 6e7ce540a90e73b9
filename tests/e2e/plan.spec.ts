// A facilitator plans a series in real Chromium against the production build: a group and
// series from the template, an agenda edited by keyboard, reading and an incident, the
// pre-reading pack in print, the calendar file, and everything still there offline.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, openControlled, test } from './support';

const GROUP = 'Children and families, north';

// Planned in the summer, before the series: its workshops are still to come, so editable.
test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-09-01T08:00:00Z') });
});

async function createGroupFromTemplate(page: Page) {
  await page.getByLabel('New group name').fill(GROUP);
  await page.getByLabel('You (facilitator)').fill('Sam');
  await page.getByLabel('Other members, one per line').fill('JK\nAB\nRT\nMO');
  // Crosses the end of British Summer Time (25 October 2026).
  await page.getByLabel('First workshop').fill('2026-09-15');
  await page.getByLabel('Start time').fill('09:30');
  await page.getByLabel('Venue').fill('Room 2, Leith Library');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First series' })).toBeVisible();
}

function agendaTitles(page: Page) {
  return page
    .locator('.agenda-row input[type="text"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

test('a facilitator plans a series, its agenda, reading and pack, and finds it all offline', async ({
  page,
  context,
}) => {
  await openControlled(page);
  await createGroupFromTemplate(page);

  // Five workshops three weeks apart, then the follow-up; same weekday, all at 09:30.
  const workshops = page.locator('.workshop-row');
  await expect(workshops).toHaveCount(6);
  await expect(page.getByRole('link', { name: 'Follow-up' })).toBeVisible();
  const dates = await page
    .locator('.workshop-row input[type="date"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(dates).toEqual([
    '2026-09-15',
    '2026-10-06',
    '2026-10-27',
    '2026-11-17',
    '2026-12-08',
    '2027-03-30',
  ]);

  await page.getByRole('button', { name: 'Propose turns' }).click();
  await expect(workshops.first()).toContainText('Presenting: JK');
  await expect(workshops.nth(1)).toContainText('Presenting: AB');

  // The agenda, by keyboard only.
  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop 1 of 5' })).toBeVisible();
  const handle = page.getByRole('button', { name: /^Reorder Critical incident/ });
  await handle.focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: /^Reorder Critical incident/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(
    page.getByRole('button', { name: /^Reorder Critical incident/ }),
  ).toHaveAccessibleName('Reorder Critical incident, position 2 of 5');
  expect(await agendaTitles(page)).toEqual([
    'Catch-up',
    'Critical incident',
    'Literature discussion',
    'Break',
    'Individual reflection and review',
  ]);
  await expect(page.locator('.agenda-row').nth(1)).toContainText('10:00–11:30');

  const catchUpMinutes = page.getByLabel('Minutes for Catch-up');
  await catchUpMinutes.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('45');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('agenda-total')).toContainText(
    'Total 4 h 15 min — 15 min longer than the workshop (4 h).',
  );
  await page.getByRole('button', { name: 'Fit the agenda into 4 h' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda-total')).toContainText('exactly the workshop’s length');

  await page.getByLabel('Add to the agenda').focus();
  await page.getByLabel('Add to the agenda').selectOption('custom');
  await page.getByRole('button', { name: 'Add', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.agenda-row')).toHaveCount(6);
  await page.getByLabel('Title of item 6').fill('Planning the follow-up');
  await expect(page.getByTestId('agenda-total')).toContainText('15 min longer');
  await page.getByRole('button', { name: 'Remove Break' }).click();
  await expect(page.getByTestId('agenda-total')).toContainText('exactly the workshop’s length');

  // The incident: an identifying summary is held back with a plain warning.
  const incident = page.locator('.incident-card').first();
  await incident.getByLabel('Title').fill('The visit that went quiet');
  const summary = incident.getByLabel('Anonymised summary');
  // Case material stays away from the browser's (possibly online) spellchecker.
  await expect(summary).toHaveJSProperty('spellcheck', false);
  await summary.fill('Kayleigh’s mum would not open the door at EH6 7QT.');
  const warning = incident.getByRole('alert');
  await expect(warning).toContainText('“Kayleigh” looks like a personal name');
  await expect(warning).toContainText('“EH6 7QT” looks like a postcode');
  await warning.getByRole('button', { name: 'Edit' }).click();
  await expect(summary).toBeFocused();
  await summary.fill('A mother (M) would not open the door; Child A watched from the window.');
  await expect(incident.getByRole('alert')).toHaveCount(0);
  await incident.getByLabel('Reflection model').selectOption({ label: 'Gibbs’ reflective cycle' });

  // Reading, added from the workshop.
  await page.getByRole('button', { name: 'Add a new reading to this workshop' }).click();
  const reading = page.locator('.reading-editor');
  await reading.getByLabel('Title').fill('Child protection practice');
  await reading.getByLabel('Authors').fill('Ferguson, H.');
  await reading.getByLabel('Year').fill('2011');
  await reading
    .getByLabel('Discussion questions, one per line')
    .fill('What happens to us on a home visit?\nWhat helps us stay curious?');
  await reading.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByLabel('Child protection practice — Ferguson, H. (2011)')).toBeChecked();

  // The pack, as it prints.
  await page.getByRole('link', { name: 'Open the pre-reading pack' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop 1 of 5' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  const pack = page.locator('.pack');
  await expect(pack).toContainText('Tuesday, 15 September 2026');
  await expect(pack).toContainText('09:30–13:30');
  await expect(pack).toContainText('Room 2, Leith Library');
  const rows = await pack.locator('tbody tr').allInnerTexts();
  expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
    // The fit shared the 15 minutes over among catch-up, incident and literature.
    '09:30–10:10 Catch-up 40 min',
    '10:10–11:35 Critical incident: The visit that went quiet 1 h 25 min',
    '11:35–12:30 Literature discussion 55 min',
    '12:30–13:15 Individual reflection and review 45 min',
    '13:15–13:30 Planning the follow-up 15 min',
  ]);
  await expect(pack).toContainText('What helps us stay curious?');
  await expect(pack).toContainText('The visit that went quiet, presented by JK');
  await expect(pack).toContainText('Gibbs’ reflective cycle');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });

  // The calendar file.
  await page.getByRole('link', { name: '← Back to the workshop' }).click();
  await page.getByRole('link', { name: '← First series' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the calendar (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('reflection-series-2026-09-15.ics');
  const text = readFileSync((await download.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(6);
  // In UTC: 09:30 in London is 08:30 in summer time, 09:30 after the clocks go back.
  expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2026-09-15T08:30:00.000Z');
  expect(events[2]!.startDate.toJSDate().toISOString()).toBe('2026-10-27T09:30:00.000Z');
  expect(events[0]!.location).toBe('Room 2, Leith Library');
  expect(events[0]!.description).toContain('Child protection practice — Ferguson, H. (2011)');
  expect(text).not.toContain('The visit that went quiet');

  // Offline, after a reload: everything is still there.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'First series' })).toBeVisible();
  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  // Polled: the workshop screen fills its agenda in as its data arrives.
  await expect
    .poll(() => agendaTitles(page))
    .toEqual([
      'Catch-up',
      'Critical incident',
      'Literature discussion',
      'Individual reflection and review',
      'Planning the follow-up',
    ]);
  await expect(page.locator('.incident-card').first().getByLabel('Title')).toHaveValue(
    'The visit that went quiet',
  );
  await expect(page.getByLabel('Child protection practice — Ferguson, H. (2011)')).toBeChecked();
  await page.getByRole('link', { name: '← First series' }).click();
  await page.getByRole('link', { name: `← ${GROUP}` }).click();
  await expect(page.getByRole('textbox', { name: 'Ground rules' })).toHaveValue(
    /questions, not advice/,
  );
  await expect(page.getByLabel('Display name')).toHaveCount(5);
});

test('a workshop deleted from the series comes back with Undo', async ({ page }) => {
  await openControlled(page);
  await createGroupFromTemplate(page);
  await page.getByRole('button', { name: 'Delete Workshop 2 of 5' }).click();
  await expect(page.locator('.workshop-row')).toHaveCount(5);
  await expect(page.getByRole('link', { name: 'Workshop 4 of 4' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.workshop-row')).toHaveCount(6);
  await expect(page.getByRole('link', { name: 'Workshop 5 of 5' })).toBeVisible();
  await page.reload();
  await expect(page.locator('.workshop-row')).toHaveCount(6);
});

/** Drags from one point to another with a mouse, or with a finger through Chromium's touch input. */
async function drag(page: Page, kind: 'mouse' | 'touch', from: Point, to: Point) {
  const points = Array.from({ length: 11 }, (_, i) => ({
    x: from.x,
    y: from.y + ((to.y - from.y) * i) / 10,
  }));
  if (kind === 'mouse') {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (const point of points) await page.mouse.move(point.x, point.y);
    await page.mouse.up();
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (const point of points) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

interface Point {
  x: number;
  y: number;
}

for (const kind of ['mouse', 'touch'] as const) {
  test.describe(`dragging by ${kind}`, () => {
    test.use({ hasTouch: kind === 'touch' });

    test(`an agenda item can be dragged into place by its handle (${kind})`, async ({ page }) => {
      await openControlled(page);
      await createGroupFromTemplate(page);
      await page.getByRole('link', { name: 'Workshop 2 of 5' }).click();
      const handle = page.getByRole('button', { name: /^Reorder Individual reflection/ });
      await page
        .getByRole('heading', { name: 'Agenda', exact: true })
        .evaluate((h) => h.scrollIntoView());
      const from = (await handle.boundingBox())!;
      const to = (await page.locator('.agenda-row').first().boundingBox())!;
      await drag(
        page,
        kind,
        { x: from.x + from.width / 2, y: from.y + from.height / 2 },
        { x: from.x + from.width / 2, y: to.y + 5 },
      );
      await expect(handle).toHaveAccessibleName(
        'Reorder Individual reflection and review, position 1 of 5',
      );
      expect(await agendaTitles(page)).toEqual([
        'Individual reflection and review',
        'Catch-up',
        'Literature discussion',
        'Break',
        'Critical incident',
      ]);
      await expect(page.locator('.agenda-row').first()).toContainText('09:30–10:15');
    });
  });
}
