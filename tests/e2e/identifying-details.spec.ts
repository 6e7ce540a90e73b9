// A group's own check in real Chromium: the facilitator adds the group's local words and
// chooses the country whose formats to look for, and an incident summary in Plan is held
// back for both, after a reload too.
import { findMarkerInStorage } from './journal-support';
import { expect, openControlled, test } from './support';

test('a group’s local words and country are flagged in an incident summary', async ({ page }) => {
  await openControlled(page);
  await page.getByLabel('New group name').fill('West team');
  await page.getByLabel('You (facilitator)').fill('Sam');
  await page.getByLabel('Other members, one per line').fill('JK\nAB\nRT');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First series' })).toBeVisible();

  // The group's settings: its local words, and Ireland's formats.
  await page.getByRole('link', { name: '← West team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'West team' })).toBeVisible();
  const formats = page.getByLabel('Identifying details: formats from');
  await expect(formats).toHaveValue('uk'); // the browser's en-GB
  await formats.selectOption({ label: 'Ireland' });
  const words = page.getByLabel('Local words to flag');
  await expect(words).toHaveJSProperty('spellcheck', false);
  await words.fill('Wester Hailes\nthe Inch');
  await words.blur();
  await expect
    .poll(() => findMarkerInStorage(page, 'the Inch'))
    .toContain('indexedDB:breathing-space/groups');
  await page.reload();
  await expect(page.getByLabel('Local words to flag')).toHaveValue('Wester Hailes\nthe Inch');
  await expect(page.getByLabel('Identifying details: formats from')).toHaveValue('ie');

  // An incident summary in the first workshop.
  await page.getByRole('link', { name: 'First series' }).click();
  await page.getByRole('button', { name: 'Propose turns' }).click();
  await page.getByRole('link', { name: 'Workshop 1 of 5' }).click();
  const incident = page.locator('.incident-card').first();
  const summary = incident.getByLabel('Anonymised summary');
  await summary.fill('The visit was in wester hailes, at D02 X285, after school.');
  const warning = incident.getByRole('alert');
  await expect(warning).toContainText(
    '“wester hailes” looks like a local place on your group’s list',
  );
  await expect(warning).toContainText('“D02 X285” looks like an Eircode');
  await expect(warning.locator('.identifying-excerpt mark')).toHaveText([
    'wester hailes',
    'D02 X285',
  ]);

  await warning.getByRole('button', { name: 'Edit' }).click();
  await summary.fill('The visit was on an estate near the school, after school.');
  await expect(incident.getByRole('alert')).toHaveCount(0);
});
