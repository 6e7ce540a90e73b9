import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { noteCopyKept } from '../../../src/db/group-file';
import { newRunRecord } from '../../../src/domain/run-record';
import { GroupScreen } from '../../../src/features/plan/GroupScreen';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from './seed';

async function holdFirstWorkshop() {
  const seeded = await seedPlan();
  const run = newRunRecord({ workshop: seeded.workshops[0]!, title: 'Workshop 1 of 5' }, 1_000);
  await db.runs.add({
    ...run,
    status: 'finished',
    timing: { ...run.timing, status: 'finished', finishedAt: Date.UTC(2026, 3, 14, 13, 30) },
  });
  return seeded;
}

describe('a group’s material, kept and deleted', () => {
  it('reminds the facilitator to keep a copy after a workshop, until a copy is saved', async () => {
    const { group } = await holdFirstWorkshop();
    renderWithApp(<GroupScreen id={group.id} />);
    expect(await screen.findByText('Keep a copy of this group.')).toBeInTheDocument();
    expect(screen.getByText('Not yet saved from this tablet.')).toBeInTheDocument();
    await noteCopyKept(group.id, Date.UTC(2026, 3, 14, 14));
    await waitFor(() => expect(screen.queryByText('Keep a copy of this group.')).toBeNull());
  });

  it('puts the reminder off with “Not now”', async () => {
    const { group } = await holdFirstWorkshop();
    renderWithApp(<GroupScreen id={group.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByText('Keep a copy of this group.')).toBeNull());
  });

  it('says what deleting the group takes before it is done, and “Keep the group” keeps it', async () => {
    const { group } = await holdFirstWorkshop();
    renderWithApp(<GroupScreen id={group.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete this group' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete “North team” from this tablet?',
    });
    expect(
      await within(dialog).findByText(
        /1 series, 6 workshops, 0 readings, 0 incidents and 1 session record/,
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Journals and action cards are not touched/),
    ).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep the group' }));
    expect(await db.groups.count()).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Delete this group' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete the group' }));
    await waitFor(async () => expect(await db.groups.count()).toBe(0));
    expect(await db.runs.count()).toBe(0);
    expect(await db.workshops.count()).toBe(0);
  });
});
