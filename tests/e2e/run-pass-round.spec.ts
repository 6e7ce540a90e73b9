// Passing the tablet round (issue 10): the questionnaire, or a scribe's notes, alone on the
// screen; nothing of the facilitator's screen can be reached, a tap never hands it back,
// a held press does, and a reload keeps it passed round.
import type { Page } from '@playwright/test';
import { seriousViolations } from './a11y-support';
import { findMarkerInStorage } from './journal-support';
import { expect, test } from './support';

const T0 = new Date('2026-04-14T08:00:00Z');

/** An ad-hoc workshop, started and moved on to individual reflection (the questionnaire). */
async function startAtReflection(page: Page) {
  await page.clock.install({ time: T0 });
  await page.goto('./#/run');
  await page.getByRole('link', { name: /Run an ad-hoc workshop/ }).click();
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  for (const phase of ['Literature discussion', 'Break', 'Critical incident']) {
    await page.getByRole('button', { name: /End phase now|Next phase/ }).click();
    await expect(page.locator('#phase-heading')).toHaveText(phase);
  }
  await page.getByRole('button', { name: /End phase now|Next phase/ }).click();
  await expect(page.locator('#phase-heading')).toHaveText('Individual reflection and review');
}

/** Controls smaller than 44 px; a checkbox counts with its label, as on the run screen. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')]
      .filter((el) => el.offsetParent !== null || el.closest('.pass-round, dialog'))
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .map((el) => {
        const isBox = el instanceof HTMLInputElement && el.type === 'checkbox';
        return { el, box: (isBox ? (el.closest('label') ?? el) : el).getBoundingClientRect() };
      })
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el.tagName} "${el.textContent?.trim()}" ${box.width}x${box.height}`),
  );
}

const FACILITATOR_CONTROLS = [
  'Pause',
  'Pause for care',
  'Previous phase',
  'End phase now, go to next',
  'Finish the workshop',
  'Pass the tablet round',
  'Hand the notes to a scribe',
  'Show the ground rules',
];

async function expectOnlyTheQuestions(page: Page) {
  await expect(page.getByRole('heading', { name: 'End-of-workshop feedback' })).toBeVisible();
  await expect(page.getByLabel(/most engaged/)).toBeVisible();
  for (const name of FACILITATOR_CONTROLS) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('timer')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: /Group notes/ })).toHaveCount(0);
  // Nothing else to tab to: focus goes round the questions and the hand-back control only
  // (and out to the browser's own controls between rounds).
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const outside = await page.evaluate(() => {
      const focused = document.activeElement;
      return focused && focused !== document.body && !focused.closest('.pass-round')
        ? focused.outerHTML.slice(0, 80)
        : null;
    });
    expect(outside).toBeNull();
  }
}

test('the questionnaire passed round: nothing else, no way out by a tap, a held press hands back', async ({
  page,
}) => {
  await startAtReflection(page);
  await page.getByRole('button', { name: 'Pass the tablet round' }).click();
  await expect(page.getByLabel(/most engaged/)).toBeFocused();
  await expectOnlyTheQuestions(page);

  // One person answers; Done puts it away and the next person sees an empty form.
  await page.getByLabel(/most engaged/).fill('The quiet bit');
  await page.getByRole('button', { name: 'Done: put my answers away' }).click();
  await expect(page.getByText('1 person has answered.')).toBeVisible();
  await expect(page.getByLabel(/most engaged/)).toHaveValue('');
  await page.getByLabel(/most distanced/).fill('Half typed by the second person');
  await page.clock.runFor(1_000); // the pause in typing after which it is kept
  // Kept means written: a reload must not race the write it began.
  await expect
    .poll(() => findMarkerInStorage(page, 'Half typed by the second person'))
    .toContain('indexedDB:breathing-space/runs');

  // A reload keeps the tablet passed round, and the second person's typing.
  await page.reload();
  await expectOnlyTheQuestions(page);
  await expect(page.getByLabel(/most distanced/)).toHaveValue('Half typed by the second person');

  // Browser Back does not leave it either.
  await page.goBack();
  await expectOnlyTheQuestions(page);

  // A click, a tap or a quick key press never hands it back; they say how.
  const handBack = page.getByRole('button', { name: /hold to take the tablet back/ });
  await handBack.click();
  await expect(page.getByText('Press and keep holding for 2 seconds')).toBeVisible();
  await handBack.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.clock.runFor(3_000);
  await expectOnlyTheQuestions(page);

  // Held for two seconds, it hands the facilitator's screen back.
  await handBack.hover();
  await page.mouse.down();
  await page.clock.runFor(1_000);
  await expect(page.getByText('Keep holding…')).toBeVisible();
  await page.clock.runFor(1_100);
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Pass the tablet round' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  // The clock ran on behind it.
  await expect(page.getByRole('timer', { name: 'Time left in this phase' })).not.toHaveText(
    '45:00',
  );
});

test('a scribe has only the notes; holding Enter hands the tablet back', async ({ page }) => {
  await startAtReflection(page);
  await page.getByRole('button', { name: 'Hand the notes to a scribe' }).click();
  const notes = page.getByRole('textbox', { name: /Group notes: Individual reflection/ });
  await expect(notes).toBeFocused();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: /most engaged/ })).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await notes.fill('Power came up twice');

  const handBack = page.getByRole('button', { name: /hold to take the tablet back/ });
  await handBack.focus();
  await page.keyboard.down('Enter');
  await page.clock.runFor(2_100);
  await page.keyboard.up('Enter');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(notes).toHaveValue('Power came up twice');
});

test('pass round, the care script, unsaved typing and plan changes are accessible', async ({
  page,
}) => {
  await page.setViewportSize({ width: 810, height: 1080 });
  await startAtReflection(page);
  const check = async (label: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `${label} in ${colorScheme}`).toEqual([]);
    }
    expect(await smallTargets(page), `${label} targets`).toEqual([]);
  };

  await page.getByRole('button', { name: 'Change the plan' }).click();
  await check('changing the plan');

  await page.getByRole('button', { name: 'Pause for care' }).click();
  await expect(page.getByRole('dialog', { name: 'Paused for care' })).toBeVisible();
  await check('the care script');
  await page.getByRole('button', { name: 'Resume the workshop' }).click();

  await page.getByRole('button', { name: 'Pass the tablet round' }).click();
  await page.getByLabel(/most engaged/).fill('Typed, not put away');
  await check('pass round');
  const handBack = page.getByRole('button', { name: /hold to take the tablet back/ });
  await handBack.focus();
  await page.keyboard.down('Enter');
  await page.clock.runFor(2_100);
  await page.keyboard.up('Enter');

  await page.getByRole('button', { name: 'Finish the workshop' }).click();
  await page.getByRole('button', { name: 'Yes, finish' }).click();
  await expect(page.getByText('Some typing is not saved yet.')).toBeVisible();
  await check('typing not saved at the finish');
});
