import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { saveRun } from '../../../src/db/runs';
import { getIncident, saveIncident } from '../../../src/db/incidents';
import { newRunRecord } from '../../../src/domain/run-record';
import { viewRun } from '../../../src/domain/run-timer';
import type { RunId, RunRecord } from '../../../src/domain/types';
import { RunLive } from '../../../src/features/run/RunLive';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from '../plan/seed';
import { MIN, T0, advance, stored, toldIncident, useRunClock } from './run-screen';

async function seedRun() {
  const plan = await seedPlan();
  const workshop = plan.workshops[0]!;
  const slot = workshop.agenda.find((item) => item.kind === 'incident')!;
  const incident = toldIncident(plan, workshop, 'The visit that went quiet', 1);
  slot.incidentId = incident.id;
  await saveIncident(incident);
  const run = newRunRecord({ workshop, title: 'Workshop 1 of 5' }, T0);
  await saveRun(run);
  return { ...plan, run, incident };
}

/** The seeded run, shown and started. */
async function startSeededRun() {
  const { run } = await seedRun();
  renderWithApp(<RunLive id={run.id} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Start the workshop' }));
  await screen.findByRole('button', { name: 'Pause' });
  return run;
}

useRunClock();

/** Storage refuses the run's writes that match, as a full disk would, until restored. */
function fillTheDiskFor(refuses: (row: RunRecord) => boolean) {
  const put = db.runs.put.bind(db.runs);
  const full = vi
    .spyOn(db.runs, 'put')
    .mockImplementation(((row: RunRecord, key?: RunId) =>
      refuses(row)
        ? Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'))
        : put(row, key)) as typeof db.runs.put);
  onTestFinished(() => full.mockRestore());
  return full;
}

describe('running a workshop', () => {
  it('starts, counts down from the clock, cues two minutes before the end, and moves on', async () => {
    const { run } = await seedRun();
    renderWithApp(<RunLive id={run.id} />);
    await screen.findByRole('button', { name: 'Start the workshop' });
    const timer = screen.getByRole('timer', { name: 'Time left in this phase' });
    expect(timer).not.toHaveAttribute('aria-live');
    fireEvent.click(screen.getByRole('button', { name: 'Start the workshop' }));
    await screen.findByRole('button', { name: 'Pause' });
    expect((await stored(run.id)).status).toBe('running');
    expect(timer).toHaveTextContent('30:00');

    advance(28 * MIN);
    expect(timer).toHaveTextContent('2:00');
    expect(screen.getByText('Two minutes left in this phase.')).toHaveAttribute('role', 'status');

    fireEvent.click(screen.getByRole('button', { name: 'End phase now, go to next' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Literature discussion'),
    );
    expect(timer).toHaveTextContent('1:00:00');
    expect(
      screen.getByText('This device may let the screen sleep.', { exact: false }),
    ).toBeVisible();
  });

  it('keeps what someone is typing when the phase changes, and shows it on coming back', async () => {
    await startSeededRun();
    const notes = screen.getByLabelText('Group notes: Catch-up');
    notes.focus();
    fireEvent.input(notes, { target: { value: 'Half a thought about Mrs Jones' } });
    fireEvent.click(screen.getByRole('button', { name: 'End phase now, go to next' }));
    await waitFor(() => expect(notes).not.toBeVisible());
    fireEvent.click(screen.getByRole('button', { name: 'Previous phase' }));
    await waitFor(() => expect(notes).toBeVisible());
    expect(notes).toHaveValue('Half a thought about Mrs Jones');
  });

  it('holds the incident step by step, with cue cards one at a time, and carries it on', async () => {
    const { run, workshops } = await seedRun();
    renderWithApp(<RunLive id={run.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start the workshop' }));
    await screen.findByRole('button', { name: 'Pause' });
    for (let i = 0; i < 3; i += 1) {
      fireEvent.click(screen.getByRole('button', { name: /End phase now|Next phase/ }));
    }
    await screen.findByRole('heading', { name: 'The visit that went quiet' });
    expect(screen.getByText(/Presenting: JK/)).toBeVisible();
    // The step's rule is in view from its first moment: here, that nobody interrupts.
    expect(screen.getByRole('note')).toHaveTextContent('No interruptions');
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await waitFor(() =>
      expect(screen.getByRole('note')).toHaveTextContent('Questions, not advice'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    const cards = await screen.findByRole('region', { name: /Listener cue cards/ });
    expect(within(cards).getByText(/Card 1 of/)).toBeVisible();
    fireEvent.click(within(cards).getByRole('button', { name: 'Next card' }));
    expect(within(cards).getByText(/Card 2 of/)).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: /Carry to the next workshop/ }));
    await screen.findByText('Carried to the next workshop for its reconstruction.');
    const [carriedId] = (await stored(run.id)).carriedIncidentIds;
    expect(await getIncident(carriedId!)).toMatchObject({
      workshopId: workshops[1]!.id,
      stage: 'reconstruction',
      carriedFromId: 'incident-1',
    });
  });

  /** Starts the workshop and moves on to the phase with the questionnaire. */
  async function openQuestionnaire(id: RunId) {
    const view = renderWithApp(<RunLive id={id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start the workshop' }));
    await screen.findByRole('button', { name: 'Pause' });
    for (let i = 0; i < 4; i += 1) {
      fireEvent.click(screen.getByRole('button', { name: /End phase now|Next phase/ }));
    }
    await screen.findByRole('heading', { level: 1, name: 'Individual reflection and review' });
    return view;
  }

  it('passes the questionnaire round: each answer is stored, then put away', async () => {
    const { run } = await seedRun();
    await openQuestionnaire(run.id);
    const answer = screen.getByLabelText(/most engaged/);
    fireEvent.input(answer, { target: { value: 'The silence after the story' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done: put my answers away' }));
    await screen.findByText('1 person has answered.');
    expect(answer).toHaveValue('');
    expect((await stored(run.id)).questionnaire).toEqual([
      { engaged: 'The silence after the story' },
    ]);
    // The next person starts from nothing, after a reload too.
    expect((await stored(run.id)).questionnaireDraft).toEqual({});
  });

  it('says in the form passed round when answers could not be put away, and keeps them', async () => {
    const { run } = await seedRun();
    await openQuestionnaire(run.id);
    fireEvent.click(screen.getByRole('button', { name: 'Pass the tablet round' }));
    await waitFor(async () => expect((await stored(run.id)).passRound).toBeTruthy());
    // The disk is full just as the answers go in (the draft as typed still saves).
    const full = fillTheDiskFor((row) => row.questionnaire.length > 0);
    const answer = screen.getByLabelText(/most engaged/);
    fireEvent.input(answer, { target: { value: 'The silence after the story' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done: put my answers away' }));

    // The app's own message is hidden while the tablet is passed round: the form says it.
    const said = await screen.findByText(/Your answers could not be put away/);
    expect(said).toHaveAttribute('role', 'alert');
    expect(said.closest('.pass-round')).not.toBeNull();
    expect(answer).toHaveValue('The silence after the story');
    expect((await stored(run.id)).questionnaire).toEqual([]);

    // Tapped again once there is room, they go in and the message goes.
    full.mockRestore();
    fireEvent.click(screen.getByRole('button', { name: 'Done: put my answers away' }));
    await screen.findByText('1 person has answered.');
    expect(screen.queryByText(/Your answers could not be put away/)).not.toBeInTheDocument();
    expect(answer).toHaveValue('');
  });

  it('tells a scribe passed the tablet when the notes could not be saved, and keeps them', async () => {
    const run = await startSeededRun();
    fireEvent.click(screen.getByRole('button', { name: 'Hand the notes to a scribe' }));
    await waitFor(async () => expect((await stored(run.id)).passRound).toBeTruthy());
    const full = fillTheDiskFor((row) => Object.keys(row.notes).length > 0);
    const notes = screen.getByLabelText(/^Group notes: Catch-up/);
    fireEvent.input(notes, { target: { value: 'Who decides what counts as risk?' } });

    const said = await screen.findByText(/The notes could not be saved just now/);
    expect(said).toHaveAttribute('role', 'alert');
    expect(said.closest('.pass-round')).not.toBeNull();
    expect(notes).toHaveValue('Who decides what counts as risk?');

    // With room again, the next pause in typing saves them, and the message goes.
    full.mockRestore();
    fireEvent.input(notes, { target: { value: 'Who decides what counts as risk? And why?' } });
    await waitFor(async () =>
      expect(Object.values((await stored(run.id)).notes)).toEqual([
        'Who decides what counts as risk? And why?',
      ]),
    );
    await waitFor(() =>
      expect(screen.queryByText(/The notes could not be saved/)).not.toBeInTheDocument(),
    );
  });

  it('keeps the answers someone is typing through a reload', async () => {
    const { run } = await seedRun();
    const view = await openQuestionnaire(run.id);
    fireEvent.input(screen.getByLabelText(/surprised you most/), {
      target: { value: 'How quiet the room went' },
    });
    await waitFor(async () =>
      expect((await stored(run.id)).questionnaireDraft).toEqual({
        surprising: 'How quiet the room went',
      }),
    );
    view.unmount();

    renderWithApp(<RunLive id={run.id} />);
    expect(await screen.findByLabelText(/surprised you most/)).toHaveValue(
      'How quiet the room went',
    );
    expect((await stored(run.id)).questionnaire).toEqual([]);
  });

  it('holds back an answer that may identify someone until it is edited or saved anyway', async () => {
    const { run } = await seedRun();
    await openQuestionnaire(run.id);
    const answer = screen.getByLabelText(/most puzzling/);
    fireEvent.input(answer, { target: { value: 'Why write to jane.doe@example.org?' } });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Done: put my answers away' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('jane.doe@example.org');
    expect(answer).toHaveFocus();
    expect((await stored(run.id)).questionnaire).toEqual([]);

    fireEvent.click(within(warning).getByRole('button', { name: 'Save anyway' }));
    await screen.findByText('1 person has answered.');
    expect((await stored(run.id)).questionnaire).toEqual([
      { puzzling: 'Why write to jane.doe@example.org?' },
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('rebalances a late workshop so it ends on time', async () => {
    const run = await startSeededRun();
    advance(50 * MIN);
    fireEvent.click(screen.getByRole('button', { name: 'Next phase' }));
    await screen.findByText('Running 20 min late.');
    fireEvent.click(screen.getByRole('button', { name: 'Rebalance to end on time' }));
    await waitFor(async () =>
      expect(viewRun((await stored(run.id)).timing, Date.now()).overrunMs).toBeLessThanOrEqual(0),
    );
    await waitFor(() => expect(screen.queryByText(/late\./)).toBeNull());
  });

  it('undoes the last control once', async () => {
    await startSeededRun();
    const timer = screen.getByRole('timer');
    fireEvent.click(screen.getByRole('button', { name: '+5 min' }));
    await waitFor(() => expect(timer).toHaveTextContent('35:00'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo +5 min' }));
    await waitFor(() => expect(timer).toHaveTextContent('30:00'));
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();

    advance(3 * MIN);
    fireEvent.click(screen.getByRole('button', { name: 'End phase now, go to next' }));
    await screen.findByRole('heading', { level: 1, name: 'Literature discussion' });
    advance(1 * MIN);
    fireEvent.click(screen.getByRole('button', { name: 'Undo next phase' }));
    await screen.findByRole('heading', { level: 1, name: 'Catch-up' });
    // The minute since counts to the phase the room never really left.
    expect(timer).toHaveTextContent('26:00');
  });

  it('takes attendance and runs the check-in round with an equal timebox each', async () => {
    const run = await startSeededRun();
    fireEvent.click(screen.getByRole('checkbox', { name: 'JK' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'AB' }));
    await waitFor(async () => expect((await stored(run.id)).attendance).toHaveLength(2));
    fireEvent.click(await screen.findByRole('checkbox', { name: /Equal time each \(15:00\)/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Start the check-in round' }));
    await screen.findByText('Speaking: JK');
    expect(screen.getByText('Next: AB')).toBeInTheDocument();
    expect(await screen.findByText('15:00 left for JK')).toBeInTheDocument();
    advance(16 * MIN);
    expect(await screen.findByText('JK’s time is up')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Next speaker' }));
    await screen.findByText('Speaking: AB');
    fireEvent.click(screen.getByRole('button', { name: 'End the round' }));
    await screen.findByText('Everyone has checked in.');
  });
});
