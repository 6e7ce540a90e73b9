// The run screen (running, and with time up), the room display and the session record: no
// serious axe violations in either theme, and controls big enough for a finger.
import { seriousViolations } from './a11y-support';
import type { Page } from '@playwright/test';
import { expect, openControlled, startGroupWithTurns, test } from './support';

async function expectNoSeriousViolations(page: Page, label: string) {
  await expect(page.getByText('Loading…')).toHaveCount(0);
  expect(await seriousViolations(page), label).toEqual([]);
}

async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')]
      .filter((el) => el.offsetParent !== null && !el.closest('p:not(.row)'))
      .map((el) => {
        const isBox = el instanceof HTMLInputElement && el.type === 'checkbox';
        const target = isBox ? (el.closest('label') ?? el) : el;
        return { el, box: target.getBoundingClientRect() };
      })
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el.tagName} "${el.textContent?.trim()}" ${box.width}x${box.height}`),
  );
}

test('run screen, room display and record are accessible, light and dark', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-04-14T08:00:00Z') });
  await openControlled(page);
  await startGroupWithTurns(page);
  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  await page.getByRole('link', { name: 'Run this workshop' }).click();
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await page.getByRole('checkbox', { name: 'JK' }).check();
  const live = page.url();

  await page.setViewportSize({ width: 768, height: 1024 });
  expect(await smallTargets(page), 'run screen targets').toEqual([]);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(live);
    await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, `run screen in ${colorScheme}`);
    await page.goto('./#/room');
    await expect(page.getByRole('timer')).toBeVisible();
    await expectNoSeriousViolations(page, `room display in ${colorScheme}`);
  }

  // Time up: the clock turns to its warning colours, still readable.
  await page.goto(live);
  await page.clock.fastForward('31:00');
  await expect(page.getByText('Time is up for this phase.')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousViolations(page, `time up in ${colorScheme}`);
  }

  await page.getByRole('button', { name: 'Finish the workshop' }).click();
  await page.getByRole('button', { name: 'Yes, finish' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Session record');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousViolations(page, `record in ${colorScheme}`);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print the record' })).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
});
