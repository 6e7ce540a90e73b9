// Running a workshop (issue 4): the whole four hours on Playwright's clock, offline, with a
// reload in the middle, the room display following, a wake lock asked for, and only one
// tab in control (T-1.10, T-5.3, T-5.5).
import type { Locator, Page } from '@playwright/test';
import { expect, openControlled, startGroupWithTurns, test } from './support';

const T0 = new Date('2026-04-14T08:00:00Z');

/** Records wake lock requests, as a tablet that supports them would grant them. */
async function stubWakeLock(page: Page) {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { wakeLockCalls: string[] }).wakeLockCalls = calls;
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        request: async (type: string) => {
          calls.push(type);
          const sentinel = new EventTarget() as EventTarget & { release(): Promise<void> };
          sentinel.release = async () => undefined;
          return sentinel;
        },
      },
    });
  });
}

/** "1:05:00" or "20:00" (optionally "… over") in seconds; negative when over. */
function seconds(text: string): number {
  const parts = text.replace(' over', '').split(':').map(Number);
  const total = parts.reduce((sum, part) => sum * 60 + part, 0);
  return text.endsWith('over') ? -total : total;
}

/** The clock shows `expected` seconds, give or take the real seconds the test takes. */
async function expectTimeLeft(timer: Locator, expected: number) {
  await expect
    .poll(async () => seconds((await timer.textContent()) ?? ''))
    .toBeGreaterThan(expected - 20);
  expect(seconds((await timer.textContent()) ?? '')).toBeLessThanOrEqual(expected);
}

async function planAWorkshop(page: Page) {
  await startGroupWithTurns(page);
  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop 1 of 5' })).toBeVisible();
}

test('run a whole workshop offline: reload, room display, four hours with no drift', async ({
  page,
  context,
}) => {
  await stubWakeLock(page);
  await page.clock.install({ time: T0 });
  await openControlled(page);
  await context.setOffline(true);
  await planAWorkshop(page);
  const planUrl = page.url();

  await page.getByRole('link', { name: 'Run this workshop' }).click();
  const timer = page.getByRole('timer', { name: 'Time left in this phase' });
  const phase = page.locator('#phase-heading');
  await expect(phase).toHaveText('Catch-up');
  await expect(timer).toHaveText('30:00');
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { wakeLockCalls: string[] }).wakeLockCalls),
    )
    .toContain('screen');

  // Catch-up: the ground rules at the first workshop, attendance and a check-in round.
  await expect(page.getByRole('heading', { name: 'Ground rules', exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: 'JK' }).check();
  await page.getByRole('checkbox', { name: 'AB' }).check();
  await page.getByRole('button', { name: 'Start the check-in round' }).click();
  await expect(page.getByText('Speaking: JK')).toBeVisible();
  await expect(page.getByText('Next: AB')).toBeVisible();

  await page.clock.fastForward('10:00');
  await expectTimeLeft(timer, 20 * 60);

  // The room display opens in its own window and shows the same, with nothing to press.
  const [room] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open room display' }).click(),
  ]);
  const roomTimer = room.getByRole('timer', { name: 'Time left in this phase' });
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Catch-up');
  await expectTimeLeft(roomTimer, 20 * 60);
  await expect(room.getByText('Next: Literature discussion')).toBeVisible();
  await expect(room.getByRole('button')).toHaveCount(0);
  await room.reload();
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Catch-up');
  await expectTimeLeft(roomTimer, 20 * 60);

  // A reload in the middle finds the same phase and the same time left.
  await page.reload();
  await expect(phase).toHaveText('Catch-up');
  await expectTimeLeft(timer, 20 * 60);
  await expect(page.getByRole('checkbox', { name: 'JK' })).toBeChecked();
  // Opening the app afresh goes straight back to the running workshop.
  const live = page.url();
  await page.goto('./');
  await expect(page).toHaveURL(live);
  await expect(phase).toHaveText('Catch-up');

  await page.getByRole('button', { name: 'End phase now, go to next' }).click();
  await expect(phase).toHaveText('Literature discussion');
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Literature discussion');
  // Only the current phase's scaffold shows; the others are kept, hidden.
  await expect(page.getByRole('heading', { name: 'Ground rules', exact: true })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Reading' })).toBeVisible();
  // The ground rules are there on request in every phase.
  await page.getByRole('button', { name: 'Show the ground rules' }).click();
  await expect(page.getByRole('heading', { name: 'Confidentiality', exact: true })).toBeVisible();

  // Paused time does not count; an extension does.
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.fastForward('05:00');
  await expectTimeLeft(timer, 60 * 60);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByRole('button', { name: '+5 min' }).click();
  await expectTimeLeft(timer, 65 * 60);
  // Catch-up ended 20 minutes early; the pause and the extension took 10 of them back.
  await expect(page.getByTestId('projected-finish')).toContainText('(10 min early)');

  await page.getByRole('button', { name: 'End phase now, go to next' }).click();
  await expect(phase).toHaveText('Break');
  await page.getByRole('button', { name: 'End phase now, go to next' }).click();
  await expect(phase).toHaveText('Critical incident');

  // The incident: presenter and model, questions not advice, the model's stages with cards.
  await expect(page.getByText(/Presenting: JK/)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'The presenter tells the incident' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('note')).toHaveText('Questions, not advice');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByText(/Card 1 of \d/)).toBeVisible();
  await page.getByRole('button', { name: 'Next card' }).click();
  await expect(page.getByText(/Card 2 of \d/)).toBeVisible();
  await page.getByRole('button', { name: /Carry to the next workshop/ }).click();
  await expect(
    page.getByText('Carried to the next workshop for its reconstruction.'),
  ).toBeVisible();

  // Four hours later the clock is exact: 90 minutes planned, 240 gone, 150 over.
  await page.clock.fastForward('04:00:00');
  await expectTimeLeft(timer, -150 * 60);
  await expect(page.getByText('Time is up for this phase.')).toBeVisible();
  await expectTimeLeft(roomTimer, -150 * 60);
  await page.getByRole('button', { name: 'Rebalance to end on time' }).click();
  await expect(page.getByRole('alert')).toContainText('the plan is kept');

  await page.getByRole('button', { name: 'Next phase', exact: true }).click();
  await expect(phase).toHaveText('Individual reflection and review');
  await expect(page.getByRole('link', { name: 'Write in my journal' })).toHaveAttribute(
    'href',
    /^#\/journal\/new\?workshop=[^&]+&incident=.+/,
  );
  const engaged = page.getByLabel(/most engaged/);
  await engaged.fill('The questions about power');
  await page.getByRole('button', { name: 'Done: put my answers away' }).click();
  await expect(page.getByText('1 person has answered.')).toBeVisible();
  await expect(engaged).toHaveValue('');

  await page.getByRole('button', { name: 'Finish the workshop' }).click();
  await page.getByRole('button', { name: 'Yes, finish' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Session record: Workshop 1 of 5',
  );
  await expect(page.getByText('2 present: JK, AB.')).toBeVisible();
  await expect(page.getByText('The questions about power')).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'Planned against actual time, by phase' }),
  ).toBeVisible();
  await expect(room.getByText('The workshop has ended')).toBeVisible();

  // The incident waits in the next workshop's plan for its reconstruction.
  await page.goto(planUrl);
  await page.getByRole('link', { name: '← First series' }).click();
  await page.getByRole('link', { name: 'Workshop 2 of 5' }).click();
  await expect(page.getByText(/Carried forward from .*: reconstruction/)).toBeVisible();
});

test('only one tab controls a workshop; another can take over when it closes', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.clock.install({ time: T0 });
  await first.goto('./#/run');
  await first.getByRole('link', { name: /ad-hoc workshop/ }).click();
  await first.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(first.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await first.clock.fastForward('07:00');

  // A second tab that tries to start another workshop is led to the running one.
  const second = await context.newPage();
  await second.goto('./#/run/start/ad-hoc');
  await expect(second).toHaveURL(first.url());
  await expect(second.getByText(/running in another tab or window/)).toBeVisible();
  await expect(second.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(0);
  const timer = second.getByRole('timer', { name: 'Time left in this phase' });
  await expectTimeLeft(timer, 23 * 60);

  await first.close();
  await second.getByRole('button', { name: 'Take over' }).click();
  await expect(second.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expectTimeLeft(timer, 23 * 60);
});

test('a reload of the controlling tab keeps control there, with another tab open', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('./#/run');
  await first.getByRole('link', { name: /ad-hoc workshop/ }).click();
  await first.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(first.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByText(/running in another tab or window/)).toBeVisible();

  await first.reload();
  await expect(first.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(first.getByText(/running in another tab or window/)).toHaveCount(0);
  // Long after the other tab could have offered to take over: still exactly one in control.
  await second.waitForTimeout(4_000);
  await expect(second.getByText(/running in another tab or window/)).toBeVisible();
  await expect(second.getByRole('button', { name: 'Take over' })).toHaveCount(0);
  await expect(second.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(0);
  await expect(first.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();

  // Closing it (not a reload) frees control for the other tab.
  await first.close();
  await second.getByRole('button', { name: 'Take over' }).click();
  await expect(second.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
});
