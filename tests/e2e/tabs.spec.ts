import { expect, test } from './support';

test('data written in one tab appears in another without a reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('./#/plan');
  await second.goto('./#/plan');
  await expect(second.getByText(/no groups yet/i)).toBeVisible();

  await first.getByLabel('New group name').fill('Thursday reflection group');
  await first.getByRole('button', { name: 'Create group' }).click();

  await expect(second.getByText('Thursday reflection group')).toBeVisible();
});
