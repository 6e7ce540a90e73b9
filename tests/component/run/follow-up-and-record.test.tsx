import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { saveRun } from '../../../src/db/runs';
import { newRunRecord } from '../../../src/domain/run-record';
import { finishRun, startRun } from '../../../src/domain/run-timer';
import type { IncidentId, RunRecord } from '../../../src/domain/types';
import { saveIncident } from '../../../src/db/incidents';
import { RecordScreen } from '../../../src/features/run/RecordScreen';
import { RunLive } from '../../../src/features/run/RunLive';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from '../plan/seed';
import { MIN, stored, T0, toldIncident, useRunClock } from './run-screen';

useRunClock();

/** The seeded series' follow-up workshop, stored as a run, shown and started. */
async function followUpRun(): Promise<RunRecord> {
  const { workshops } = await seedPlan();
  const followUp = workshops.find((w) => w.kind === 'follow-up')!;
  const run = newRunRecord({ workshop: followUp, title: 'Follow-up' }, T0);
  await saveRun(run);
  renderWithApp(<RunLive id={run.id} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Start the workshop' }));
  await screen.findByRole('button', { name: 'Pause' });
  return run;
}

async function toPhase(title: string) {
  const heading = () => document.getElementById('phase-heading')?.textContent ?? '';
  for (let i = 0; i < 8 && heading() !== title; i += 1) {
    const before = heading();
    fireEvent.click(screen.getByRole('button', { name: 'End phase now, go to next' }));
    await waitFor(() => expect(heading()).not.toBe(before));
  }
  expect(heading()).toBe(title);
}

describe('the follow-up workshop', () => {
  it('plans who shares what with whom by when, and the record keeps it', async () => {
    const run = await followUpRun();
    await toPhase('Planning how to share what we learnt');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a line to the plan' }));
    const what = await screen.findByLabelText('What (1)');
    await waitFor(() => expect(what).toHaveFocus());
    fireEvent.input(what, { target: { value: 'A lunchtime talk on home-visit power' } });
    fireEvent.input(screen.getByLabelText('With whom'), { target: { value: 'The whole team' } });
    fireEvent.change(screen.getByLabelText('Who takes it on'), { target: { value: 'JK' } });
    fireEvent.change(screen.getByLabelText('By when'), { target: { value: '2026-06-30' } });
    await waitFor(
      async () =>
        expect((await stored(run.id)).sharingPlan).toEqual([
          expect.objectContaining({
            what: 'A lunchtime talk on home-visit power',
            withWhom: 'The whole team',
            who: 'JK',
            byWhen: '2026-06-30',
          }),
        ]),
      { timeout: 10_000 },
    );
  });

  it('asks each person to follow up their own action cards, privately, in its reflection', async () => {
    await followUpRun();
    await toPhase('Individual reflection and review');
    const link = await screen.findByRole('link', { name: 'Follow up my action cards' });
    expect(link).toHaveAttribute('href', '#/actions');
    expect(screen.getByText(/What you write stays private to you/)).toBeVisible();
  });

  it('takes in statements passed on by file, shows them grouped, and refuses anything else', async () => {
    const run = await followUpRun();
    await toPhase('Individual reflection and review');
    const panel = screen.getByRole('region', { name: 'What helped and what hindered, passed on' });
    const fileOf = (text: string) =>
      new File([text], 'passed.bspassedon', { type: 'application/json' });
    const passedOn = (helped: string[]) =>
      JSON.stringify({ format: 'breathing-space/passed-on', version: 1, helped, hindered: [] });
    for (const text of [
      passedOn(['Protected time']),
      passedOn(['protected time.', 'Peer support']),
    ]) {
      fireEvent.change(within(panel).getByLabelText('Take in a file'), {
        target: { files: [fileOf(text)] },
      });
      await waitFor(async () => expect((await stored(run.id)).passedOn).toBeDefined());
    }
    await waitFor(() =>
      expect(
        within(panel)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['Protected time (2 people)', 'Peer support']),
    );
    fireEvent.change(within(panel).getByLabelText('Take in a file'), {
      target: { files: [fileOf('{"format":"breathing-space/group"}')] },
    });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Nothing was added.');
    expect((await stored(run.id)).passedOn?.helped).toHaveLength(3);
  });
});

describe('the session record, after the workshop', () => {
  it('lets the notes be tidied through the check, and shows the sharing plan', async () => {
    const { workshops } = await seedPlan();
    const run = newRunRecord({ workshop: workshops[0]!, title: 'Workshop 1 of 5' }, T0);
    const phase = run.timing.phases[0]!;
    const record: RunRecord = {
      ...run,
      status: 'finished',
      timing: finishRun(startRun(run.timing, T0), T0 + 240 * MIN),
      notes: { [phase.id]: 'Spoke about Mr Hughes at length.' },
      sharingPlan: [
        { id: 's1', what: 'Team meeting slot', withWhom: 'Managers', who: 'AB', byWhen: '' },
      ],
    };
    await saveRun(record);
    renderWithApp(<RecordScreen id={record.id} />);
    const sharing = await screen.findByRole('region', { name: 'Plan to share what we learnt' });
    expect(
      within(sharing).getByRole('row', { name: /Team meeting slot Managers AB Not set/ }),
    ).toBeVisible();

    // The facilitator's reading of the answers keeps out of autofill and the spellchecker.
    for (const label of ['What we heard', 'What I will change in response']) {
      const field = screen.getByLabelText(label);
      expect(field).toHaveAttribute('autocomplete', 'off');
      expect(field).toHaveAttribute('spellcheck', 'false');
    }

    fireEvent.click(screen.getByRole('button', { name: 'Tidy the notes' }));
    const notes = await screen.findByLabelText(phase.title);
    fireEvent.input(notes, { target: { value: 'Spoke about a father at length.' } });
    await waitFor(
      async () =>
        expect((await stored(record.id)).notes[phase.id]).toBe('Spoke about a father at length.'),
      { timeout: 10_000 },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Done tidying' }));
    expect(await screen.findByText('Spoke about a father at length.')).toBeVisible();
  });

  it('names each incident in its time table, by its title or else by who presented it', async () => {
    const plan = await seedPlan();
    const workshop = plan.workshops[0]!;
    const slot = workshop.agenda.find((item) => item.kind === 'incident')!;
    const second = { ...slot, id: 'slot-2', incidentId: 'incident-2' as IncidentId };
    slot.incidentId = 'incident-1' as IncidentId;
    workshop.agenda.splice(workshop.agenda.indexOf(slot) + 1, 0, second);
    await saveIncident(toldIncident(plan, workshop, 'The visit that went quiet', 1, 'incident-1'));
    await saveIncident(toldIncident(plan, workshop, '', 2, 'incident-2'));
    const run = newRunRecord({ workshop, title: 'Workshop 1 of 5' }, T0);
    await saveRun({
      ...run,
      status: 'finished',
      timing: finishRun(startRun(run.timing, T0), T0 + 240 * MIN),
    });
    renderWithApp(<RecordScreen id={run.id} />);

    const table = await screen.findByRole('table', { name: 'Planned and actual minutes' });
    expect(
      within(table).getByRole('row', { name: /^Critical incident: The visit that went quiet/ }),
    ).toBeVisible();
    expect(
      within(table).getByRole('row', { name: /^Critical incident: AB presenting/ }),
    ).toBeVisible();
  });
});
