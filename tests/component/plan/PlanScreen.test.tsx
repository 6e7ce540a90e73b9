import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import PlanScreen from '../../../src/features/plan/PlanScreen';
import { listGroups } from '../../../src/db/groups';
import { listMembers } from '../../../src/db/members';
import { listSeries } from '../../../src/db/series';
import { listWorkshopsOfSeries } from '../../../src/db/workshops';
import { renderWithApp } from '../../helpers/render';
import { app, go } from '../../helpers/test-app';
import { seedPlan } from './seed';

function showRoute(hash: string) {
  act(() => go(hash));
}

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('starting a group', () => {
  it('creates the group, its members and a series from the template in one go', async () => {
    renderWithApp(<PlanScreen />, app);
    expect(await screen.findByText(/no groups yet/i)).toBeVisible();

    type('New group name', 'Children and families, north');
    type('You (facilitator)', 'Sam');
    type('Other members, one per line', 'JK\nAB\n\nJK');
    type('First workshop', '2026-04-14');
    type('Venue', 'Room 2');
    fireEvent.click(screen.getByRole('button', { name: 'Create group' }));

    // The new series opens, its way back naming the group.
    expect(
      await screen.findByRole(
        'link',
        { name: '← Children and families, north' },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    const [group] = await listGroups();
    expect(group!.groundRules).toMatch(/questions, not advice/);
    const members = await listMembers(group!.id);
    expect(members.map((m) => [m.displayName, m.role])).toEqual([
      ['Sam', 'facilitator'],
      ['JK', 'participant'],
      ['AB', 'participant'],
    ]);
    const [series] = await listSeries(group!.id);
    const workshops = await listWorkshopsOfSeries(series!.id);
    expect(workshops.map((w) => w.date)).toEqual([
      '2026-04-14',
      '2026-05-05',
      '2026-05-26',
      '2026-06-16',
      '2026-07-07',
      '2026-10-27',
    ]);
    expect(workshops.every((w) => w.venue === 'Room 2' && w.startTime === '09:30')).toBe(true);
  });

  it('makes everyone a co-facilitator in a peer-led group, and a custom cadence', async () => {
    renderWithApp(<PlanScreen />, app);
    type('New group name', 'Peer group');
    type('You (facilitator)', 'Sam');
    type('Other members, one per line', 'JK, AB');
    fireEvent.click(screen.getByLabelText('We take turns to facilitate (a peer-led group)'));
    fireEvent.click(screen.getByLabelText(/My own number and cadence/));
    fireEvent.change(screen.getByLabelText('Number of workshops'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('How often'), { target: { value: '2' } });
    fireEvent.click(screen.getByLabelText(/Add a follow-up/));
    type('First workshop', '2026-10-13');
    fireEvent.click(screen.getByRole('button', { name: 'Create group' }));

    await waitFor(async () => expect(await listGroups()).toHaveLength(1));
    const [group] = await listGroups();
    const roles = (await listMembers(group!.id)).map((m) => m.role);
    expect(roles).toEqual(['facilitator', 'co-facilitator', 'co-facilitator']);
    const [series] = await listSeries(group!.id);
    const workshops = await listWorkshopsOfSeries(series!.id);
    expect(workshops.map((w) => [w.kind, w.date])).toEqual([
      ['regular', '2026-10-13'],
      ['regular', '2026-10-27'],
      ['regular', '2026-11-10'],
    ]);
  });

  it('warns before saving a group whose name or venue looks identifying', async () => {
    renderWithApp(<PlanScreen />, app);
    type('New group name', 'Mrs Begum’s team');
    type('Venue', '14 Leith Walk');
    fireEvent.click(screen.getByRole('button', { name: 'Create group' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('“Mrs Begum” looks like a personal name');
    expect(warning).toHaveTextContent('“14 Leith Walk” looks like an address');
    expect(await listGroups()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await waitFor(async () => expect(await listGroups()).toHaveLength(1));
  });
});

describe("Plan's other screens", () => {
  it('open from their addresses, their code loaded apart from the first screen', async () => {
    const { group } = await seedPlan();
    showRoute(`#/plan/group/${group.id}`);
    renderWithApp(<PlanScreen />, app);
    expect(await screen.findByRole('heading', { level: 1, name: 'North team' })).toBeVisible();

    showRoute('#/plan/guide');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Running a reflection group' }),
    ).toBeVisible();

    showRoute('#/plan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan' })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'North team' })).toBeVisible();
  });
});
