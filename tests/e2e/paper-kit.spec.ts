// The paper kit in real Chromium: a planned series' kit opened from its page, printed at A4,
// every sheet on a page of its own with nothing running over the page's foot or edge.
import { seriousViolations } from './a11y-support';
import type { Page } from '@playwright/test';
import { expect, openControlled, test } from './support';

/** A4 less print.css's page margins (18 mm top and bottom, 16 mm each side), at 96 dpi. */
const MM = 96 / 25.4;
const PAGE = { width: Math.floor(178 * MM), height: Math.floor(261 * MM) };

const MEMBERS = ['Sam', 'JK', 'AB', 'RT', 'MO', 'LP', 'CD', 'EF', 'GH', 'IJ', 'KL', 'MN'];

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-09-01T08:00:00Z') });
});

/** A peer-led team of twelve with a planned series, turns, an incident and a long reading. */
async function planSeries(page: Page) {
  await page.getByLabel('New group name').fill('Children and families, north');
  await page.getByLabel('You (facilitator)').fill(MEMBERS[0]!);
  await page.getByLabel('Other members, one per line').fill(MEMBERS.slice(1).join('\n'));
  await page.getByLabel('We take turns to facilitate (a peer-led group)').check();
  await page.getByLabel('First workshop').fill('2026-09-15');
  await page.getByLabel('Start time').fill('09:30');
  await page.getByLabel('Venue').fill('Room 2, Leith Library');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First series' })).toBeVisible();
  await page.getByRole('button', { name: 'Propose turns' }).click();
  await expect(page.locator('.workshop-row').first()).toContainText('Presenting:');

  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  const incident = page.locator('.incident-card').first();
  await incident.getByLabel('Title').fill('The visit that went quiet');
  await incident.getByLabel('Reflection model').selectOption({ label: 'Gibbs’ reflective cycle' });
  await page.getByRole('button', { name: 'Add a new reading to this workshop' }).click();
  const reading = page.locator('.reading-editor');
  await reading
    .getByLabel('Title')
    .fill('Child protection practice: the home visit, the doorstep and the things left unsaid');
  await reading.getByLabel('Authors').fill('Ferguson, H.');
  await reading.getByLabel('Year').fill('2011');
  await reading.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('link', { name: '← First series' }).click();
  await page.getByRole('link', { name: 'Open the paper kit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paper kit' })).toBeVisible();
}

/** Each sheet's size as laid out for print, where it overflows its page. */
async function overflowingSheets(page: Page): Promise<string[]> {
  return page.locator('.kit-sheet').evaluateAll(
    (sheets, limit) =>
      sheets.flatMap((sheet, index) => {
        const title = sheet.querySelector('h2')?.textContent ?? '';
        const problems: string[] = [];
        if (sheet.scrollHeight > limit.height)
          problems.push(`${index + 1} ${title}: ${sheet.scrollHeight}px tall`);
        if (sheet.scrollWidth > sheet.clientWidth || sheet.clientWidth > limit.width)
          problems.push(`${index + 1} ${title}: ${sheet.scrollWidth}px wide`);
        return problems;
      }),
    PAGE,
  );
}

/** How many pages a PDF has: each page object is `/Type /Page`, its tree `/Type /Pages`. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test('a series’ paper kit prints on A4, each sheet on its own page, none running over', async ({
  page,
}) => {
  test.slow();
  await openControlled(page);
  await planSeries(page);

  // On screen: what it is, what to print, and no serious accessibility problems.
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await page.getByLabel(/Cue cards for every model/).check();
  expect(await seriousViolations(page)).toEqual([]);

  const sheets = page.locator('.kit-sheet');
  const count = await sheets.count();
  await expect(page.getByText(`${count} sheets of A4.`)).toBeVisible();
  // Twelve signatures and three blank lines; six run sheets and their rules; slips for twelve.
  const titled = (name: string | RegExp) =>
    sheets.filter({ has: page.getByRole('heading', { level: 2, name }) });
  await expect(titled('We agree')).toHaveCount(1);
  await expect(titled(/^Run sheet: /)).toHaveCount(6);
  await expect(titled(/^Ground rules: /)).toHaveCount(6);
  await expect(titled('Questionnaire slips')).toHaveCount(6);
  await expect(sheets.filter({ hasText: 'The visit that went quiet' }).first()).toContainText(
    'Questions, not advice',
  );

  // On paper, at A4 less the margins: no chrome, and every sheet within its page.
  await page.setViewportSize(PAGE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Paper kit' })).toBeHidden();
  expect(await overflowingSheets(page)).toEqual([]);

  // And as Chromium prints it: one page for each sheet, no more.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdfPageCount(pdf)).toBe(count);
});

test('choosing parts and one workshop prints only those', async ({ page }) => {
  await openControlled(page);
  await planSeries(page);
  for (const part of [
    'Ground rules and confidentiality agreement, with lines to sign',
    'Listener cue cards to cut out',
    'Questionnaire slips to cut out',
    'Getting ready to present an incident',
  ]) {
    await page.getByLabel(part).uncheck();
  }
  await page.getByLabel('Run sheets for which workshop').selectOption({ label: 'Workshop 1 of 5' });
  const sheets = page.locator('.kit-sheet');
  // The workshop's run sheet and its ground rules, then the timetable.
  await expect(sheets).toHaveCount(3);
  await expect(sheets.nth(0)).toContainText('Run sheet: Workshop 1 of 5');
  await expect(sheets.nth(2)).toContainText('Series timetable');
  await expect(sheets.nth(2)).toContainText('Ferguson, H. (2011), Child protection practice');

  await page.getByLabel('The series timetable').uncheck();
  await page.getByLabel('Run sheets for the facilitator').uncheck();
  await expect(sheets).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeDisabled();
});
