import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveIncident } from '../../../src/db/incidents';
import { getWorkshop } from '../../../src/db/workshops';
import { WorkshopScreen } from '../../../src/features/plan/WorkshopScreen';
import type { Incident, IncidentId } from '../../../src/domain/types';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from './seed';

async function storedKinds(id: Parameters<typeof getWorkshop>[0]) {
  return (await getWorkshop(id))!.agenda.map((item) => item.kind);
}

// The seeded series starts on 14 April 2026: plan it from before then, while it is to come.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 3, 1, 9, 0));
});

afterEach(() => vi.useRealTimers());

describe('planning a workshop', () => {
  it('reorders the agenda with the arrow keys and keeps focus on the moved item', async () => {
    const { workshops } = await seedPlan();
    const id = workshops[0]!.id;
    renderWithApp(<WorkshopScreen id={id} />);
    const handle = await screen.findByRole('button', {
      name: 'Reorder Critical incident, position 4 of 5',
    });
    handle.focus();
    fireEvent.keyDown(handle, { key: 'ArrowUp' });
    await waitFor(async () =>
      expect(await storedKinds(id)).toEqual([
        'catch-up',
        'literature',
        'incident',
        'break',
        'reflection',
      ]),
    );
    const moved = await screen.findByRole('button', {
      name: 'Reorder Critical incident, position 3 of 5',
    });
    await waitFor(() => expect(moved).toHaveFocus());
    expect(screen.getByText('Critical incident moved to position 3 of 5.')).toBeInTheDocument();

    fireEvent.keyDown(moved, { key: 'Home' });
    await waitFor(async () => expect((await storedKinds(id))[0]).toBe('incident'));
  });

  it('counts every press of a quick double arrow key, before the screen catches up', async () => {
    const { workshops } = await seedPlan();
    const id = workshops[0]!.id;
    renderWithApp(<WorkshopScreen id={id} />);
    const handle = await screen.findByRole('button', {
      name: 'Reorder Critical incident, position 4 of 5',
    });
    fireEvent.keyDown(handle, { key: 'ArrowUp' });
    fireEvent.keyDown(handle, { key: 'ArrowUp' });
    await waitFor(async () =>
      expect(await storedKinds(id)).toEqual([
        'catch-up',
        'incident',
        'literature',
        'break',
        'reflection',
      ]),
    );
  });

  it('shows the agenda against the workshop length, and fits it', async () => {
    const { workshops } = await seedPlan();
    const id = workshops[0]!.id;
    renderWithApp(<WorkshopScreen id={id} />);
    const minutes = await screen.findByLabelText('Minutes for Catch-up');
    fireEvent.change(minutes, { target: { value: '50' } });
    await waitFor(() =>
      expect(screen.getByTestId('agenda-total')).toHaveTextContent(
        'Total 4 h 20 min — 20 min longer than the workshop (4 h).',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Make the workshop 4 h 20 min' }));
    await waitFor(async () => expect((await getWorkshop(id))!.lengthMinutes).toBe(260));
    await waitFor(() => expect(screen.getByTestId('agenda-total')).toHaveTextContent('exactly'));
  });

  it('fits a long agenda by sharing the cut, and says when it cannot', async () => {
    const { workshops } = await seedPlan();
    const id = workshops[0]!.id;
    const { state } = renderWithApp(<WorkshopScreen id={id} />);
    fireEvent.change(await screen.findByLabelText('Minutes for Catch-up'), {
      target: { value: '50' },
    });
    const fit = await screen.findByRole('button', { name: 'Fit the agenda into 4 h' });
    fireEvent.click(fit);
    await waitFor(async () =>
      expect((await getWorkshop(id))!.agenda.map((i) => i.minutes)).toEqual([45, 55, 15, 80, 45]),
    );

    fireEvent.change(screen.getByLabelText('Minutes for Critical incident'), {
      target: { value: '300' },
    });
    fireEvent.change(await screen.findByLabelText('Length'), { target: { value: '120' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Fit the agenda into 2 h' }));
    await waitFor(() =>
      expect(state.ui.notices.value.at(-1)?.message).toMatch(
        /^The agenda cannot fit into 2 h without making phases too short/,
      ),
    );
    expect((await getWorkshop(id))!.agenda.map((i) => i.minutes)).toEqual([45, 55, 15, 300, 45]);
  });

  it('removes an agenda item and puts it back in its place with Undo', async () => {
    const { workshops } = await seedPlan();
    const id = workshops[0]!.id;
    const { state } = renderWithApp(<WorkshopScreen id={id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Break' }));
    await waitFor(async () => expect(await storedKinds(id)).not.toContain('break'));
    const notice = state.ui.notices.value.at(-1)!;
    expect(notice.message).toBe('Agenda item removed.');
    notice.action!.run();
    await waitFor(async () =>
      expect(await storedKinds(id)).toEqual([
        'catch-up',
        'literature',
        'break',
        'incident',
        'reflection',
      ]),
    );
  });

  it('saves an incident title as it is typed, but holds back an identifying summary', async () => {
    const { workshops } = await seedPlan();
    const id = workshops[0]!.id;
    renderWithApp(<WorkshopScreen id={id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Plan incident 1' }));
    const card = await screen.findByRole('article', { name: /^Incident 1/ });
    await within(card).findByLabelText('Title');
    fireEvent.input(within(card).getByLabelText('Title'), {
      target: { value: 'The visit that went quiet' },
    });
    const summary = within(card).getByLabelText('Anonymised summary');
    fireEvent.input(summary, { target: { value: 'Call M on 07700 900123.' } });

    const warning = await within(card).findByRole('alert', {}, { timeout: 3000 });
    expect(warning).toHaveTextContent('“07700 900123” looks like a phone number');
    const { listIncidentsOfWorkshop } = await import('../../../src/db/incidents');
    await waitFor(async () =>
      expect((await listIncidentsOfWorkshop(id))[0]!.title).toBe('The visit that went quiet'),
    );
    expect((await listIncidentsOfWorkshop(id))[0]!.summary).toBe('');

    fireEvent.click(within(warning).getByRole('button', { name: 'Save anyway' }));
    await waitFor(async () =>
      expect((await listIncidentsOfWorkshop(id))[0]!.summary).toBe('Call M on 07700 900123.'),
    );
  }, 10_000);

  it('shows an incident carried forward from the previous workshop', async () => {
    const { group, workshops, members } = await seedPlan();
    const base = {
      groupId: group.id,
      summary: '',
      modelId: 'fook-gardner',
      createdAt: 1,
      updatedAt: 1,
    };
    const first: Incident = {
      ...base,
      id: 'inc-1' as IncidentId,
      workshopId: workshops[0]!.id,
      presenterId: members[1]!.id,
      title: 'The visit that went quiet',
      stage: 'deconstruction',
      carriedFromId: null,
    };
    // As run mode writes it when the group carries the incident forward.
    await saveIncident(first);
    await saveIncident({
      ...first,
      id: 'inc-2' as IncidentId,
      workshopId: workshops[1]!.id,
      stage: 'reconstruction',
      carriedFromId: first.id,
    });
    renderWithApp(<WorkshopScreen id={workshops[1]!.id} />);
    expect(
      await screen.findByText('Carried forward from Tuesday, 14 April 2026: reconstruction'),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Put it in the free incident slot' }));
    await waitFor(async () => {
      const slot = (await getWorkshop(workshops[1]!.id))!.agenda.find((i) => i.kind === 'incident');
      expect(slot!.incidentId).toBe('inc-2');
    });
  });
});
