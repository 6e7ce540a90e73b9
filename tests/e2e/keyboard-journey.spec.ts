// By keyboard alone, from an empty app to the second phase of a running workshop: after
// every key, the focus is on something the user can see is focused, never on the page body
// (every screen change brings it to the new screen's heading; after Start it is on Pause).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support';

/** Where the focus is, and whether it shows. */
function focusNow(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element.id === 'main') {
      return { where: element?.tagName ?? 'nothing', shows: false, name: '' };
    }
    // A date or time field's own picker button has the focus inside the field; its ring is
    // drawn on that button (base.css), which a page cannot inspect.
    const isPickerButton =
      element instanceof HTMLInputElement &&
      ['date', 'time'].includes(element.type) &&
      !element.matches(':focus-visible');
    const style = getComputedStyle(element);
    const shows =
      isPickerButton ||
      (element.matches(':focus-visible') &&
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) >= 2);
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
    return { where: element.tagName, shows, name: name.slice(0, 60) };
  });
}

async function expectFocusShown(page: Page, step: string) {
  const focus = await focusNow(page);
  expect(focus.shows, `${step}: focus on ${focus.where} “${focus.name}”`).toBe(true);
}

/** Presses Tab (checking the focus after each) until `name` is focused. */
async function tabTo(page: Page, name: RegExp, step: string) {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    await expectFocusShown(page, `${step}, Tab ${presses + 1}`);
    if (name.test((await focusNow(page)).name)) return;
  }
  throw new Error(`${step}: Tab never reached ${name}`);
}

/**
 * Presses a key, then checks the focus; when the key moves to another screen, once `arrived`
 * (the new screen's heading, say) has the focus: the page body may hold it only while the
 * new screen is drawn.
 */
async function press(page: Page, key: string, step: string, arrived?: Locator) {
  await page.keyboard.press(key);
  if (arrived) await expect(arrived).toBeFocused();
  await expectFocusShown(page, step);
}

test('from an empty app to the second phase of a workshop by keyboard, focus always shown', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByText('No groups yet')).toBeVisible();

  await tabTo(page, /^$/, 'the new group’s name'); // an empty text field has no text
  await expect(page.getByLabel('New group name')).toBeFocused();
  await page.keyboard.type('North team');
  await press(page, 'Tab', 'to the facilitator');
  await page.keyboard.type('Sam');
  await press(page, 'Tab', 'to the other members');
  await page.keyboard.type('JK');
  await press(page, 'Enter', 'a new line in the members');
  await page.keyboard.type('AB');

  await tabTo(page, /^Create group$/, 'to Create group');
  await press(
    page,
    'Enter',
    'Create group',
    page.getByRole('heading', { level: 1, name: 'First series' }),
  );

  await tabTo(page, /^Workshop 1 of 5/, 'to the first workshop');
  await press(
    page,
    'Enter',
    'open the first workshop',
    page.getByRole('heading', { level: 1, name: 'Workshop 1 of 5' }),
  );

  await tabTo(page, /^Run this workshop$/, 'to Run this workshop');
  await press(page, 'Enter', 'open the run screen', page.getByRole('heading', { level: 1 }));
  await expect(page.getByRole('button', { name: 'Start the workshop' })).toBeVisible();

  await tabTo(page, /^Start the workshop$/, 'to Start');
  await press(page, 'Enter', 'Start');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeFocused();

  await tabTo(page, /go to next|^Next phase$/, 'to the next phase');
  await press(page, 'Enter', 'the second phase');
  await expect(page.getByText(/Phase 2 of/).first()).toBeVisible();
  await expectFocusShown(page, 'in the second phase');
});
