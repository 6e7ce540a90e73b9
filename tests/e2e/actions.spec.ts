// Action cards end to end in real Chromium: set up the vault from the Actions screen, make a
// card with three actions (a fourth refused), reload, unlock, follow one up. The card's text
// is never in IndexedDB or any request, leaves the page on lock, and every Actions screen is
// axe-clean in light and dark with 44-pixel targets. Two key derivations in all.
import type { Page } from '@playwright/test';
import { expect, test } from './support';
import {
  PASSPHRASE,
  domContains,
  findMarkerInStorage,
  setUpFromActions,
  unlockWithPassphrase,
} from './journal-support';
import { seriousViolations, smallTargets } from './a11y-support';

async function makeCard(page: Page, heading: string, actions: string[]) {
  await page.getByRole('link', { name: 'New card' }).click();
  await page.getByLabel('What I want to change').fill(heading);
  for (const [i, text] of actions.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel(`Action ${i + 1}`, { exact: true }).fill(text);
  }
  await expect(page.getByText('Saved, encrypted.')).toBeVisible();
}

test('an action card is set, followed up, and stays private', async ({ page }) => {
  test.setTimeout(120_000);
  const marker = `ZZ-ACTION-${crypto.randomUUID()}`;
  const sent: string[] = [];
  page.context().on('request', (request) => {
    sent.push(
      `${request.url()}\n${JSON.stringify(request.headers())}\n${request.postData() ?? ''}`,
    );
  });

  await setUpFromActions(page);
  await expect(page.getByText('No action cards yet.', { exact: false })).toBeVisible();
  await makeCard(page, `Slow down ${marker}`, [
    `Read the file after the visit ${marker}`,
    'Ask the family what they want from me',
    'Talk it through in supervision',
  ]);
  await page.getByLabel('By when (optional)').first().fill('2026-01-05');

  // A fourth action is refused, plainly, and no fourth field appears.
  await page.getByRole('button', { name: 'Add an action' }).click();
  await expect(page.getByRole('alert')).toContainText('A card holds three actions at most');
  await expect(page.getByLabel(/^Action \d$/)).toHaveCount(3);
  await expect(page.getByText('Saved, encrypted.')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('link', { name: `Slow down ${marker}`, exact: true })).toBeVisible();
  await expect(page.getByText('Not followed up yet', { exact: false })).toBeVisible();

  expect(await findMarkerInStorage(page, marker)).toEqual([]);
  // The scan does see what is stored in the clear (the journal's chosen name).
  expect(await findMarkerInStorage(page, 'My journal')).toContain(
    'indexedDB:breathing-space/vaults',
  );

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  expect(await domContains(page, marker)).toBe(false);
  await unlockWithPassphrase(page);
  await expect(page.getByText(/Overdue: an action by/)).toBeVisible();

  await page.getByRole('link', { name: /^Follow up/ }).click();
  await expect(page.getByText('Action 1 of 3')).toBeVisible();
  await page.getByLabel('Some way').check();
  await page.getByLabel('What helped?').fill(`A quiet hour ${marker}`);
  await page.getByLabel('What hindered?').fill('Court deadlines');
  await page.getByRole('button', { name: 'Next action' }).click();
  await expect(page.getByText('Action 2 of 3')).toBeVisible();
  await page.getByLabel('Done').check();
  await page.getByRole('button', { name: 'Next action' }).click();
  await page.getByRole('button', { name: 'Finish follow-up' }).click();
  await expect(page.getByText(/Last followed up/)).toBeVisible();
  await expect(page.getByText('1 of 3 done · 1 some way · 1 not started')).toBeVisible();
  expect(await findMarkerInStorage(page, marker)).toEqual([]);

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  expect(await domContains(page, marker)).toBe(false);
  expect(await domContains(page, 'Court deadlines')).toBe(false);

  expect(sent.length).toBeGreaterThan(0);
  for (const request of sent) {
    expect(request).not.toContain(marker);
    expect(request).not.toContain(encodeURIComponent(marker));
  }
});

test('the Actions screens are axe-clean in light and dark, with 44-pixel targets', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 768, height: 1024 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('./#/actions');
    await expect(page.getByRole('heading', { name: 'Set up your journal' })).toBeVisible();
    expect(await seriousViolations(page), `set-up in ${colorScheme}`).toEqual([]);
  }
  await setUpFromActions(page);
  await makeCard(page, 'Listen first', ['Ask before I advise', 'Write less, visit more']);
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.getByLabel('Action 3', { exact: true }).fill('Bring an incident');
  await page.getByRole('button', { name: 'Add an action' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page), 'new card, fourth refused').toEqual([]);
  await expect(page.getByText('Saved, encrypted.')).toBeVisible();
  const screens = [
    { name: 'list', open: () => page.evaluate(() => (location.hash = '#/actions')) },
    {
      name: 'editor',
      open: async () => {
        await page.evaluate(() => (location.hash = '#/actions'));
        await page.getByRole('link', { name: 'Listen first', exact: true }).click();
      },
    },
    {
      name: 'follow-up',
      open: async () => {
        await page.evaluate(() => (location.hash = '#/actions'));
        await page.getByRole('link', { name: /^Follow up/ }).click();
        await page.getByLabel('Mostly').check();
      },
    },
  ];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const { name, open } of screens) {
      await open();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(/Loading…|Opening…/)).toHaveCount(0);
      expect(await seriousViolations(page), `${name} in ${colorScheme}`).toEqual([]);
      expect(await smallTargets(page), `${name} targets`).toEqual([]);
    }
  }
  await page.evaluate(() => (location.hash = '#/actions'));
  await page.getByRole('button', { name: 'Lock now' }).click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
    expect(await seriousViolations(page), `unlock in ${colorScheme}`).toEqual([]);
  }
});

test('a new card locked straight after typing opens again, as typed, after unlocking', async ({
  page,
}) => {
  await page.clock.install();
  await setUpFromActions(page);
  await page.getByRole('link', { name: 'New card' }).click();
  // The clock stands still from the keystroke to the lock, so the lock comes before the page
  // has run anything after the keystroke itself (its effects included).
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.getByLabel('What I want to change').fill('Ask before I advise');
  await page.clock.fastForward('10:30');
  await page.clock.resume();
  await expect(page.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  expect(await domContains(page, 'Ask before I advise')).toBe(false);

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('What I want to change')).toHaveValue('Ask before I advise', {
    timeout: 30_000,
  });
});
