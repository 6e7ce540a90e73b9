// The run screen made for the room (issue 10): on a tablet, landscape or portrait, the
// facilitator sees the clock and the step the group is on (its heading, its rule, its cue
// card and the way on) at once, without scrolling; and the room display shows the step,
// its rule and a chosen card, and stays quiet in the check-in.
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './a11y-support';
import { expect, test } from './support';

const T0 = new Date('2026-04-14T08:00:00Z');

async function planAndStart(page: Page) {
  await page.clock.install({ time: T0 });
  await page.goto('./');
  await page.getByLabel('New group name').fill('North team');
  await page.getByLabel('You (facilitator)').fill('Sam');
  await page.getByLabel('Other members, one per line').fill('JK\nAB');
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByRole('button', { name: 'Propose turns' }).click();
  await expect(page.locator('.workshop-row').first()).toContainText('Presenting: JK');
  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  await page.getByRole('link', { name: 'Run this workshop' }).click();
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  // Notices are another part's concern: out of the way of what is measured here.
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

/** Moves on to the incident's first lens step, the one with listener cue cards. */
async function toALensStep(page: Page) {
  const phase = page.locator('#phase-heading');
  for (const title of ['Literature discussion', 'Break', 'Critical incident']) {
    await page.getByRole('button', { name: /End phase now|^Next phase$/ }).click();
    await expect(phase).toHaveText(title);
  }
  for (const step of [2, 3]) {
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByText(`Step ${step} of 7`)).toBeVisible();
  }
}

async function expectInView(page: Page, what: Record<string, Locator>) {
  const viewport = page.viewportSize()!;
  for (const [name, locator] of Object.entries(what)) {
    const box = await locator.boundingBox();
    expect(box, `${name} is on screen`).not.toBeNull();
    expect(box!.y, `${name} is below the top`).toBeGreaterThanOrEqual(0);
    expect(box!.x, `${name} is right of the left edge`).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `${name} is above the fold`).toBeLessThanOrEqual(viewport.height);
    expect(box!.x + box!.width, `${name} is left of the right edge`).toBeLessThanOrEqual(
      viewport.width,
    );
  }
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 810, height: 1080 },
]) {
  test.describe(`on a ${viewport.width}×${viewport.height} tablet`, () => {
    test.use({ viewport });

    test('the clock and the whole step are on one screen, without scrolling', async ({ page }) => {
      await planAndStart(page);
      await toALensStep(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expectInView(page, {
        'time left': page.getByRole('timer', { name: 'Time left in this phase' }),
        'late or early': page.getByTestId('projected-finish'),
        'step time': page.getByRole('timer', { name: 'Time left in this step' }),
        "step's heading": page.getByRole('heading', { level: 3, name: 'Assumptions' }),
        rule: page.getByRole('note').filter({ hasText: 'Questions, not advice' }),
        'cue card': page.getByText('What did you assume they wanted?'),
        'next step': page.getByRole('button', { name: 'Next step' }),
        pause: page.getByRole('button', { name: 'Pause', exact: true }),
        'next phase': page.getByRole('button', { name: /End phase now|^Next phase$/ }),
      });
      expect(await seriousViolations(page), 'axe on the incident step').toEqual([]);
      // The clock bar stays in view as the facilitator scrolls to the notes below.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expectInView(page, {
        'time left, scrolled': page.getByRole('timer', { name: 'Time left in this phase' }),
      });
    });

    test('a message never covers the clock, its controls or the step’s', async ({ page }) => {
      await planAndStart(page);
      await toALensStep(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('button', { name: /^Carry to the next workshop/ }).click();
      const notice = page.getByRole('status').filter({ hasText: 'Carried to the next workshop:' });
      await expect(notice).toBeVisible();
      const covered = await notice.boundingBox();
      for (const [name, locator] of Object.entries({
        'the clock bar': page.locator('.run-bar'),
        'next step': page.getByRole('button', { name: 'Next step' }),
        rule: page.getByRole('note').filter({ hasText: 'Questions, not advice' }),
      })) {
        const box = (await locator.boundingBox())!;
        const overlaps =
          covered!.x < box.x + box.width &&
          box.x < covered!.x + covered!.width &&
          covered!.y < box.y + box.height &&
          box.y < covered!.y + covered!.height;
        // Inside the clock's own column (landscape) is its place, not a cover.
        const isInside =
          name === 'the clock bar' && (await locator.locator('.run-notices').count());
        expect(overlaps && !isInside, `the message covers ${name}`).toBe(false);
      }
      await expectInView(page, { message: notice });
    });
  });
}

test('the room display shows the step, its rule and the card chosen for it', async ({
  page,
  context,
}) => {
  await planAndStart(page);
  const [room] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open room display' }).click(),
  ]);
  // Check-in: quiet, so no overrun figure however long it runs.
  await page.clock.fastForward('31:28');
  await expect(page.getByText('Time is up for this phase.')).toBeVisible();
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Catch-up');
  await expect(room.getByText(/over/)).toHaveCount(0);

  await toALensStep(page);
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Assumptions');
  await expect(room.getByText('Questions, not advice')).toBeVisible();
  await expect(room.getByText('What did you assume they wanted?')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show this card on the room display' }).click();
  await expect(room.getByText('What did you assume they wanted?')).toBeVisible();
  expect(await seriousViolations(room), 'axe on the room display').toEqual([]);
  // It comes back after a reload, offline, from this device's storage.
  await context.setOffline(true);
  await room.reload();
  await expect(room.getByText('What did you assume they wanted?')).toBeVisible();
  await expect(room.getByText('Questions, not advice')).toBeVisible();
});
