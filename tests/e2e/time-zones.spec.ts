// A group that meets in Sydney or Toronto, with the browser's zone and locale set as it would
// have them: a series planned at 09:30 across the zone's clock change, the calendar file, and
// on each workshop's day Run offering it as today's, with the planned finish and lateness
// read in the group's own time.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, openControlled, test } from './support';

const MINUTE = 60_000;

const GROUPS = [
  {
    zone: 'Australia/Sydney',
    locale: 'en-AU',
    // Sydney's clocks go forward on 4 October 2026: the first workshop is in AEST (+10),
    // the second in AEDT (+11). The UTC date is the day before the local one.
    firstDate: '2026-09-22',
    starts: [Date.parse('2026-09-21T23:30:00Z'), Date.parse('2026-10-12T22:30:00Z')],
    nineThirty: /Today, 9:30\sam/,
    oneThirty: /^1:30\spm/,
  },
  {
    zone: 'America/Toronto',
    locale: 'en-CA',
    // Toronto's clocks go back on 1 November 2026: EDT (−4), then EST (−5).
    firstDate: '2026-10-20',
    starts: [Date.parse('2026-10-20T13:30:00Z'), Date.parse('2026-11-10T14:30:00Z')],
    nineThirty: /Today, 9:30\sa\.m\./,
    oneThirty: /^1:30\sp\.m\./,
  },
];

for (const group of GROUPS) {
  test.describe(`a group meeting in ${group.zone}`, () => {
    test.use({ timezoneId: group.zone, locale: group.locale });

    test('plans, exports and runs its workshops at 09:30 its own time', async ({ page }) => {
      const wallClock = new Intl.DateTimeFormat('en-GB', {
        timeZone: group.zone,
        hourCycle: 'h23',
        hour: '2-digit',
        minute: '2-digit',
      });
      await page.clock.install({ time: new Date('2026-09-01T02:00:00Z') });
      await openControlled(page);
      await page.getByLabel('New group name').fill('Harbour team');
      await page.getByLabel('You (facilitator)').fill('Sam');
      await page.getByLabel('Other members, one per line').fill('JK\nAB');
      // The group meets where the device is, unless changed.
      const city = group.zone.split('/')[1]!;
      await expect(page.getByText(`Times are in ${city}`)).toBeVisible();
      await page.getByLabel('First workshop').fill(group.firstDate);
      await page.getByLabel('Start time').fill('09:30');
      await page.getByRole('button', { name: 'Create group' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('First series');

      // The calendar file: every workshop at 09:30 here, before and after the clock change.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: /calendar/i }).click();
      const file = await readFile((await (await download).path())!, 'utf8');
      const events = new ICAL.Component(ICAL.parse(file)).getAllSubcomponents('vevent');
      expect(events).toHaveLength(6);
      for (const vevent of events) {
        const start = new ICAL.Event(vevent).startDate.toJSDate();
        expect(wallClock.format(start)).toBe('09:30');
      }
      expect(new ICAL.Event(events[1]!).startDate.toJSDate().getTime()).toBe(group.starts[1]);

      for (const [index, start] of group.starts.entries()) {
        const label = `Workshop ${index + 1} of 5`;
        // Ten minutes before: Run offers it as today's.
        await page.clock.setSystemTime(start - 10 * MINUTE);
        await page.goto('./#/run');
        const row = page.locator('.run-list li').filter({ hasText: label });
        await expect(row.locator('.run-list-what')).toContainText(group.nineThirty);

        // The first starts on time; the second ten minutes late.
        const lateBy = index === 0 ? 0 : 10;
        await page.clock.setSystemTime(start + lateBy * MINUTE);
        await row.getByRole('link', { name: /Run this workshop/ }).click();
        await expect(page.getByTestId('projected-finish')).toHaveText(group.oneThirty);
        await page.getByRole('button', { name: 'Start the workshop' }).click();
        // Its planned finish is 13:30 there, late only by as much as it started late.
        await page.getByRole('button', { name: 'Big clock' }).click();
        const planned = page.locator('.run-facts div').filter({ hasText: 'Planned finish' });
        await expect(planned.locator('dd')).toHaveText(group.oneThirty);
        const projected = page.getByTestId('projected-finish');
        if (lateBy === 0) await expect(projected).not.toContainText(/late|early/);
        else await expect(projected).toContainText('(10 min late)');
        await page.getByRole('button', { name: 'Big clock' }).click();

        await page.getByRole('button', { name: 'Finish the workshop' }).click();
        await page.getByRole('button', { name: 'Yes, finish' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toContainText('Session record');
      }
    });
  });
}
