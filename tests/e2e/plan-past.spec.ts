// A series under way, in real Chromium: the first workshop held through run mode, the second
// passed by with no run. The series page says which was held (and opens its record) and
// which was missed, keeps both read-only, and Run says the second was missed.
import { seriousViolations, smallTargets } from './a11y-support';
import { expect, openControlled, test } from './support';

/** Tuesday 15 September 2026, 09:00 in London: the first workshop's morning. */
const FIRST_MORNING = new Date('2026-09-15T08:00:00Z');
/** Wednesday 7 October 2026: the day after the second workshop (6 October). */
const AFTER_THE_SECOND = new Date('2026-10-07T08:00:00Z');

test('a held workshop links to its record, and one whose date passed shows as missed', async ({
  page,
}) => {
  await page.clock.install({ time: FIRST_MORNING });
  await openControlled(page);
  await page.getByLabel('New group name').fill('Riverside team');
  await page.getByLabel('You (facilitator)').fill('Sam');
  await page.getByLabel('Other members, one per line').fill('JK\nAB');
  await page.getByLabel('First workshop').fill('2026-09-15');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First series' })).toBeVisible();
  const seriesUrl = page.url();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Workshop 1 of 5 Today' }),
  ).toBeVisible();

  // The first workshop is held, in run mode, through to its record.
  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  await page.getByRole('link', { name: 'Run this workshop' }).click();
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await page.getByRole('button', { name: 'Finish the workshop' }).click();
  await page.getByRole('button', { name: 'Yes, finish' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Session record: Workshop 1 of 5',
  );
  const recordUrl = page.url();

  // Three weeks on, the second workshop's day has come and gone with no run.
  await page.clock.setSystemTime(AFTER_THE_SECOND);
  await page.goto(seriesUrl);
  await expect(page.getByRole('heading', { level: 3, name: 'Workshop 1 of 5 Held' })).toBeVisible();
  const missed = page.locator('.workshop-row').nth(1);
  await expect(missed.getByRole('heading', { level: 3 })).toHaveText('Workshop 2 of 5 Missed');
  await expect(missed).toContainText('Its date passed with no run recorded.');
  // Both are read-only: their dates are words, not fields, until "Edit anyway".
  await expect(page.locator('.workshop-row').first().getByLabel('Date')).toHaveCount(0);
  await expect(missed.getByLabel('Date')).toHaveCount(0);
  await expect(page.locator('.workshop-row').nth(2).getByLabel('Date')).toBeEditable();
  expect(await smallTargets(page)).toEqual([]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), colorScheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  const recordLink = page.locator('.workshop-row').first().getByRole('link', {
    name: 'Open the record',
  });
  await expect(recordLink).toHaveAccessibleDescription('Workshop 1 of 5 Held');
  await recordLink.click();
  await expect(page).toHaveURL(recordUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Session record: Workshop 1 of 5',
  );

  // Run says so too, rather than letting the missed workshop vanish.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Run' }).click();
  const missedList = page.getByRole('list', { name: 'Missed' });
  await expect(missedList).toContainText('Workshop 2 of 5: Tue, 6 Oct 2026, 09:30.');
  await expect(missedList).toContainText('Missed: its date passed with no run.');
  expect(await seriousViolations(page)).toEqual([]);
  await missedList.getByRole('link', { name: 'Open Workshop 2 of 5 in Plan' }).click();
  await expect(
    page.getByRole('heading', { name: 'Missed: Tuesday, 6 October 2026 passed with no run' }),
  ).toBeVisible();
  await expect(page.getByLabel('Minutes for Catch-up')).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Edit anyway' }).click();
  await expect(page.getByLabel('Minutes for Catch-up')).toBeEditable();
});
