// A team with no academic present sets up its group step by step, from an empty app to a
// series ready to run, on a tablet held either way: each step reachable without scrolling to
// its Next, big enough for a finger, and free of serious axe findings.
import type { Locator, Page } from '@playwright/test';
import { seriousViolations, smallTargets } from './a11y-support';
import { expect, test } from './support';

// A Tuesday: the first workshop is proposed a fortnight on, Tuesday 28 April.
const TODAY = new Date('2026-04-14T09:00:00');

// axe reads the page's structure and colours, which the way the tablet is held does not
// change: it runs in one orientation, the layout checks in both.
const TABLETS = [
  { name: 'landscape', width: 1024, height: 768, withAxe: true },
  { name: 'portrait', width: 810, height: 1080, withAxe: false },
];

const MORE_RULES = 'We start and finish on time.';

/**
 * The step on show, its heading with the focus (the screen's own, on arriving from Plan),
 * then the checks every step passes.
 */
async function arriveAt(
  page: Page,
  number: number,
  title: string,
  withAxe: boolean,
): Promise<void> {
  const heading = page.getByRole('heading', { level: 2, name: `Step ${number} of 6 ${title}` });
  await expect(heading).toBeVisible();
  await expect(
    number === 1 ? page.getByRole('heading', { level: 1, name: 'Set up a group' }) : heading,
  ).toBeFocused();
  // Styles and fonts settled before anything is measured.
  await page.evaluate(() => document.fonts.ready);

  const go = page.getByRole('button', { name: number === 6 ? 'Create the group' : 'Next' });
  expect(await isWhollyOnScreen(page, go), `step ${number}: its button on screen`).toBe(true);
  expect(await smallTargets(page), `step ${number}: small targets`).toEqual([]);
  if (withAxe) expect(await seriousViolations(page), `step ${number}: axe`).toEqual([]);
}

async function isWhollyOnScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return Boolean(
    box &&
    box.y >= 0 &&
    box.y + box.height <= viewport.height &&
    box.x + box.width <= viewport.width,
  );
}

/** A field with the focus is not hidden behind the bar that holds Back and Next. */
async function isClearOfTheBar(page: Page, field: Locator): Promise<boolean> {
  await field.focus();
  const fieldBox = (await field.boundingBox())!;
  const barBox = (await page.locator('.setup-bar').boundingBox())!;
  return fieldBox.y + Math.min(fieldBox.height, 60) <= barBox.y;
}

const next = (page: Page) => page.getByRole('button', { name: 'Next' }).click();

for (const tablet of TABLETS) {
  test(`a new team sets up its group step by step on a tablet in ${tablet.name}`, async ({
    page,
  }) => {
    test.slow();
    await page.clock.setFixedTime(TODAY);
    await page.setViewportSize(tablet);
    await page.goto('./');
    await expect(page.getByText('No groups yet')).toBeVisible();
    await page.getByRole('link', { name: 'Set up a group step by step' }).click();

    await arriveAt(page, 1, 'Name the group', tablet.withAxe);
    const name = page.getByRole('textbox', { name: 'The group’s name' });
    expect(await isClearOfTheBar(page, name)).toBe(true);
    await next(page);
    await expect(page.getByRole('alert')).toContainText('Give the group a name');
    await expect(name).toBeFocused();
    await name.fill('Riverside team');
    await next(page);

    await arriveAt(page, 2, 'Who is in the group', tablet.withAxe);
    const me = page.getByRole('textbox', { name: 'Your display name or initials' });
    expect(await isClearOfTheBar(page, me)).toBe(true);
    await me.fill('Sam');
    await page.getByRole('textbox', { name: 'The other members, one per line' }).fill('JK\nAB\nRT');
    await page.getByRole('checkbox', { name: /We take turns to facilitate/ }).check();
    await next(page);

    await arriveAt(page, 3, 'How often, and for how long', tablet.withAxe);
    await expect(page.getByRole('combobox', { name: 'Number of workshops' })).toHaveValue('5');
    await expect(page.getByRole('combobox', { name: 'How often' })).toHaveValue('3');
    await expect(page.getByRole('combobox', { name: 'Length of each workshop' })).toHaveValue(
      '240',
    );
    await expect(page.getByLabel('First workshop', { exact: true })).toHaveValue('2026-04-28');
    await expect(page.getByText('Follow-up: Tue, 10 Nov 2026')).toBeVisible();
    const venue = page.getByRole('textbox', { name: 'Venue (optional)' });
    expect(await isClearOfTheBar(page, venue)).toBe(true);
    await venue.fill('Room 2');
    await next(page);

    await arriveAt(page, 4, 'Taking turns', tablet.withAxe);
    const first = page.getByRole('combobox', { name: 'Who facilitates the first workshop' });
    await expect(first.locator('option:checked')).toHaveText('Sam');
    await first.selectOption({ label: 'AB' });
    const table = page.getByRole('table', { name: 'Turns for each workshop' });
    const row = (label: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
    await expect(row('Workshop 1 of 5').getByRole('cell').first()).toHaveText('ABchosen above');
    // The group changes one turn before creating.
    await row('Workshop 3 of 5')
      .getByRole('combobox', { name: 'Facilitates Workshop 3 of 5' })
      .selectOption({ label: 'Sam' });
    const planned = await plannedTurns(table);
    expect(planned[2]!.facilitator).toBe('Sam');
    await next(page);

    await arriveAt(page, 5, 'Ground rules and confidentiality', tablet.withAxe);
    const rules = page.getByRole('textbox', { name: 'Ground rules' });
    await expect(rules).toHaveValue(/questions, not advice/);
    await expect(rules).toHaveAttribute('autocomplete', 'off');
    await rules.press('ControlOrMeta+End');
    await rules.pressSequentially(`\n\n${MORE_RULES}`);
    await next(page);

    await arriveAt(page, 6, 'Check, then create the group', tablet.withAxe);
    await expect(page.getByText('Yours, edited')).toBeVisible();
    await page.getByRole('button', { name: 'Create the group' }).click();

    // The new series, ready: dated workshops with their facilitators and presenters.
    await expect(page.getByRole('heading', { level: 1, name: 'First series' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What next' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Read the guide' })).toHaveAttribute(
      'href',
      '#/plan/guide',
    );
    const rows = page.locator('.workshop-row');
    await expect(rows).toHaveCount(6);
    const dates = [
      '2026-04-28',
      '2026-05-19',
      '2026-06-09',
      '2026-06-30',
      '2026-07-21',
      '2026-11-10',
    ];
    for (const [index, date] of dates.entries()) {
      const workshop = rows.nth(index);
      await expect(workshop.getByLabel('Date')).toHaveValue(date);
      await expect(workshop.getByLabel('Start')).toHaveValue('09:30');
      const facilitator = workshop.getByRole('combobox', { name: 'Facilitator' });
      await expect(facilitator.locator('option:checked')).toHaveText(planned[index]!.facilitator);
      if (planned[index]!.presenter) {
        await expect(workshop).toContainText(`Presenting: ${planned[index]!.presenter}`);
      }
    }
    if (tablet.withAxe) {
      expect(await seriousViolations(page), 'the series page: axe').toEqual([]);
    }

    // The group page holds the agreements as accepted or edited.
    await page.getByRole('link', { name: '← Riverside team' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Riverside team' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Ground rules' })).toHaveValue(
      new RegExp(`questions, not advice[^]*${MORE_RULES}$`),
    );
    await expect(page.getByRole('textbox', { name: 'Confidentiality agreement' })).toHaveValue(
      /share the learning, not the story/,
    );
  });
}

/** What the turns table proposes (and the group changed), workshop by workshop. */
async function plannedTurns(table: Locator) {
  const rows = table.locator('tbody tr');
  const turns: { facilitator: string; presenter: string }[] = [];
  for (let index = 0; index < (await rows.count()); index += 1) {
    const cells = rows.nth(index).getByRole('cell');
    const read = async (cell: Locator) =>
      (await cell.locator('select').count())
        ? ((await cell.locator('option:checked').textContent()) ?? '')
        : '';
    const facilitatorCell = cells.nth(0);
    const facilitator =
      (await read(facilitatorCell)) || (await facilitatorCell.innerText()).split('\n')[0]!;
    turns.push({ facilitator: facilitator.trim(), presenter: (await read(cells.nth(1))).trim() });
  }
  return turns;
}
