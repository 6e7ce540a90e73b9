import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { saveRun } from '../../../src/db/runs';
import { saveIncident } from '../../../src/db/incidents';
import { newRunRecord } from '../../../src/domain/run-record';
import type { Incident, IncidentId } from '../../../src/domain/types';
import RoomDisplay from '../../../src/features/run/RoomDisplay';
import { RunLive } from '../../../src/features/run/RunLive';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from '../plan/seed';
import { MIN, T0, advance, stored, useRunClock } from './run-screen';

useRunClock();

/** A running workshop at its 90-minute critical incident (Fook & Gardner). */
async function atTheIncident() {
  const plan = await seedPlan();
  const workshop = plan.workshops[0]!;
  const slot = workshop.agenda.find((item) => item.kind === 'incident')!;
  const incident: Incident = {
    id: 'incident-1' as IncidentId,
    groupId: plan.group.id,
    workshopId: workshop.id,
    presenterId: plan.members[1]!.id,
    title: 'The visit that went quiet',
    summary: 'Nothing of this may reach the room display',
    modelId: 'fook-gardner',
    stage: 'deconstruction',
    carriedFromId: null,
    createdAt: T0,
    updatedAt: T0,
  };
  slot.incidentId = incident.id;
  await saveIncident(incident);
  const run = newRunRecord({ workshop, title: 'Workshop 1 of 5' }, T0);
  await saveRun(run);
  renderWithApp(<RunLive id={run.id} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Start the workshop' }));
  await screen.findByRole('button', { name: 'Pause' });
  for (let i = 0; i < 3; i += 1) {
    fireEvent.click(screen.getByRole('button', { name: /End phase now|Next phase/ }));
  }
  await screen.findByRole('heading', { name: 'The visit that went quiet' });
  return run;
}

describe('a timed incident step', () => {
  it('shows its own time left, pauses with the workshop, and cues gently when spent', async () => {
    const run = await atTheIncident();
    const stepTimer = screen.getByRole('timer', { name: 'Time left in this step' });
    expect(stepTimer).toHaveTextContent('14 min left of 14 min');

    advance(10 * MIN);
    expect(stepTimer).toHaveTextContent('4 min left of 14 min');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await screen.findByRole('button', { name: 'Resume' });
    advance(20 * MIN);
    expect(stepTimer).toHaveTextContent('4 min left of 14 min');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await screen.findByRole('button', { name: 'Pause' });

    advance(3 * MIN);
    expect(stepTimer).toHaveTextContent('1 min left of 14 min');
    expect(stepTimer).not.toHaveClass('is-spent');
    advance(1 * MIN);
    expect(stepTimer).toHaveTextContent('Time is up (14 min)');
    advance(1 * MIN);
    expect(stepTimer).toHaveTextContent('1 min over its 14 min');
    expect(stepTimer).toHaveClass('is-spent');
    expect(screen.getByText(/Time for “The presenter tells the incident” is up/)).toHaveAttribute(
      'role',
      'status',
    );
    // The rule stays in view for the whole step.
    expect(screen.getByRole('note')).toHaveTextContent('No interruptions');

    // Moving on, late: the next step counts from now, and the move is in the record.
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await waitFor(() =>
      expect(screen.getByRole('timer', { name: 'Time left in this step' })).toHaveTextContent(
        '9 min left of 9 min',
      ),
    );
    expect(screen.getByRole('note')).toHaveTextContent('Questions, not advice');
    expect((await stored(run.id)).stepTimes).toEqual({
      [run.timing.phases[3]!.id]: [{ stepId: 'questions', atMs: 15 * MIN }],
    });
  });

  it('keeps “Questions, not advice” through the lens steps, and the presenter listening at the end', async () => {
    await atTheIncident();
    for (let i = 0; i < 2; i += 1) {
      fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
      await screen.findByText(`Step ${i + 2} of 7`, { exact: false });
    }
    for (let i = 2; i < 6; i += 1) {
      expect(screen.getByRole('note')).toHaveTextContent('Questions, not advice');
      fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
      await screen.findByText(`Step ${i + 2} of 7`, { exact: false });
    }
    expect(screen.getByRole('heading', { name: 'The group reflects aloud' })).toBeVisible();
    expect(screen.getByRole('note')).toHaveTextContent('The presenter listens');
  });
});

describe('the room display during an incident', () => {
  it('shows the step and its rule, and a cue card only once the facilitator chooses it', async () => {
    await atTheIncident();
    const room = renderWithApp(<RoomDisplay />);
    const inRoom = (text: string | RegExp) =>
      within(room.container as HTMLElement).queryAllByText(text);
    await waitFor(() => expect(inRoom('The presenter tells the incident')).toHaveLength(1));
    expect(inRoom('No interruptions')).toHaveLength(1);

    // The listeners' questions: the telling stood for the model's account, whose cards are here.
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await screen.findByText('Step 2 of 7', { exact: false });
    await waitFor(() => expect(inRoom('Listeners ask questions')).toHaveLength(1));
    expect(inRoom('Questions, not advice')).toHaveLength(1);
    // The card the facilitator holds is not the room's until they choose it.
    expect(inRoom('What made this moment stand out for you?')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Next card' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show this card on the room display' }));
    await waitFor(() => expect(inRoom('What were you hoping would happen?')).toHaveLength(1));
    expect(inRoom('What made this moment stand out for you?')).toHaveLength(0);
    // Nothing from the incident itself, ever.
    expect(inRoom(/visit that went quiet|Nothing of this/)).toHaveLength(0);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Take this card off the room display' }),
    );
    await waitFor(() => expect(inRoom('What were you hoping would happen?')).toHaveLength(0));
  });
});
