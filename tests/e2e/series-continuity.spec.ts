// One group across two workshops of a series: the incident told at the first is carried,
// shown at the next catch-up and at its reconstruction with the first part's notes, renamed
// there, and read as one line in the look-back; the questionnaire's loop runs from one
// workshop's record to the next workshop's catch-up.
import type { Page } from '@playwright/test';
import { expect, openControlled, startGroupWithTurns, test } from './support';

async function toPhase(page: Page, title: string | RegExp) {
  const phase = page.locator('#phase-heading');
  for (let i = 0; i < 6; i += 1) {
    const text = (await phase.textContent()) ?? '';
    if (typeof title === 'string' ? text === title : title.test(text)) return;
    await page.getByRole('button', { name: 'End phase now, go to next' }).click();
    await expect(phase).not.toHaveText(text);
  }
  await expect(phase).toHaveText(title);
}

async function runWorkshop(page: Page, label: string) {
  await page.getByRole('link', { name: '← First series' }).click();
  await page.getByRole('link', { name: label }).click();
  await page.getByRole('link', { name: 'Run this workshop' }).click();
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
}

async function finish(page: Page) {
  await page.getByRole('button', { name: 'Finish the workshop' }).click();
  await page.getByRole('button', { name: 'Yes, finish' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Session record');
}

test('an incident and the questionnaire carry from one workshop to the next', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-04-14T08:00:00Z') });
  await openControlled(page);
  // Turns give every workshop its own incident: the one carried to workshop 2 needs a slot.
  await startGroupWithTurns(page);
  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  const planUrl = page.url();

  // Workshop 1: nothing to look back on yet.
  await page.getByRole('link', { name: 'Run this workshop' }).click();
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Since last time' })).toHaveCount(0);
  await toPhase(page, 'Critical incident');
  await page.getByLabel('Group notes: Critical incident').fill('The presenter felt unheard.');
  await page.getByRole('button', { name: /Carry to the next workshop/ }).click();
  await expect(
    page.getByText('Carried to the next workshop for its reconstruction.'),
  ).toBeVisible();
  await toPhase(page, 'Individual reflection and review');
  await page.getByLabel('Themes the group named').fill('Power on home visits');
  await page.getByLabel(/most engaged/).fill('The questions about power');
  await page.getByRole('button', { name: 'Done: put my answers away' }).click();
  await expect(page.getByText('1 person has answered.')).toBeVisible();
  await finish(page);

  // After the workshop the facilitator reads the answers.
  await page.getByLabel('What we heard').fill('The reading was too long to finish.');
  await page.getByLabel('What I will change in response').fill('Shorter extracts next time.');
  await page.getByRole('heading', { name: 'Reading the answers' }).click();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.tagName))
    .not.toBe('TEXTAREA');

  // Workshop 2: the reconstruction comes straight after the catch-up, in four hours.
  await page.goto(planUrl);
  await page.getByRole('link', { name: '← First series' }).click();
  await page.getByRole('link', { name: 'Workshop 2 of 5' }).click();
  await expect(page.getByText(/Total 4 h/)).toBeVisible();
  const slots = page.locator('.agenda-list > li');
  await expect(slots.nth(1)).toContainText('Critical incident');
  await page.goto(planUrl);
  // The catch-up brings last time back.
  await runWorkshop(page, 'Workshop 2 of 5');
  const since = page.locator('.run-since');
  await expect(since.getByRole('heading', { name: 'Since last time' })).toBeVisible();
  await expect(since).toContainText('Power on home visits');
  await expect(since).toContainText('1 person answered.');
  await expect(since).toContainText('What we heard: The reading was too long to finish.');
  await expect(since).toContainText('What changes in response: Shorter extracts next time.');
  await expect(since).toContainText('Carried from last time');
  await expect(since).toContainText('look at their own action card');

  // Its reconstruction shows the first part's notes, and takes a new name.
  await toPhase(page, 'Critical incident');
  await expect(page.getByText('second part: reconstruction')).toBeVisible();
  const firstPart = page.locator('.run-first-part');
  await expect(firstPart).toContainText('The presenter felt unheard.');
  await firstPart.getByLabel('The incident’s new name').fill('Whose silence?');
  await page.locator('#phase-heading').click();
  await finish(page);
  await expect(page.getByText(/now called “Whose silence\?”/)).toBeVisible();

  // The look-back: one line for the incident's two parts, and the questionnaires gathered.
  await page.getByRole('link', { name: 'The whole series' }).click();
  const incidents = page.locator('section').filter({ hasText: 'Incidents discussed' });
  await expect(incidents.getByRole('listitem')).toHaveCount(1);
  await expect(incidents.getByRole('listitem')).toContainText(
    /→ “Whose silence\?” — told at Workshop 1 of 5, reconstructed at Workshop 2 of 5/,
  );
  const said = page.locator('section').filter({ hasText: 'What the questionnaires said' });
  await expect(said).toContainText('Workshop 1 of 5: 1 answer.');
  await expect(said).toContainText('Shorter extracts next time.');
});
