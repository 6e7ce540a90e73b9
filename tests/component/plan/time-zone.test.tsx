import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getGroup, listGroups, saveGroup } from '../../../src/db/groups';
import PlanScreen from '../../../src/features/plan/PlanScreen';
import { renderWithApp } from '../../helpers/render';
import { app, go } from '../../helpers/test-app';
import { seedPlan } from './seed';

// The tests run with the device in London (vitest.config.ts).
describe('a group’s time zone', () => {
  it('is the device’s for a new group, and can be changed before it is created', async () => {
    renderWithApp(<PlanScreen />, app);
    expect(await screen.findByText(/Times are in London \(Europe\) time/)).toBeVisible();
    fireEvent.input(screen.getByLabelText('New group name'), { target: { value: 'Harbour' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change time zone' }));
    const select = await screen.findByLabelText('Time zone');
    await waitFor(() => expect(select).toHaveFocus());
    expect(select).toHaveValue('Europe/London');
    fireEvent.change(select, { target: { value: 'Australia/Perth' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create group' }));

    await screen.findByRole('link', { name: '← Harbour' }, { timeout: 10_000 });
    const [group] = await listGroups();
    expect(group!.timeZone).toBe('Australia/Perth');
    // The series says whose time its times are.
    expect(screen.getByText(/times are Perth \(Australia\) time/)).toBeVisible();
  });

  it('is changed on the group’s page, and read as the device’s for groups made before', async () => {
    const { group } = await seedPlan();
    // A group saved before groups had a time zone.
    const older = { ...group };
    delete older.timeZone;
    await saveGroup(older);
    renderWithApp(<PlanScreen />, app);
    act(() => go(`#/plan/group/${group.id}`));
    const select = await screen.findByLabelText('Time zone', {}, { timeout: 10_000 });
    expect(select).toHaveValue('Europe/London');
    expect(screen.getByText(/it is \d{2}:\d{2} there now/)).toBeVisible();

    fireEvent.change(select, { target: { value: 'Pacific/Auckland' } });
    await waitFor(async () =>
      expect((await getGroup(group.id))!.timeZone).toBe('Pacific/Auckland'),
    );
    await waitFor(() => expect(screen.getByLabelText('Time zone')).toHaveValue('Pacific/Auckland'));
  });
});
