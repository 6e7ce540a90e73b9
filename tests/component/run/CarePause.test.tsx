import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { saveRun } from '../../../src/db/runs';
import { newRunRecord } from '../../../src/domain/run-record';
import { viewRun } from '../../../src/domain/run-timer';
import { RecordScreen } from '../../../src/features/run/RecordScreen';
import { RunLive } from '../../../src/features/run/RunLive';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from '../plan/seed';
import { MIN, T0, stored, useRunClock } from './run-screen';

useRunClock();

describe('a pause for care', () => {
  it('stops the clock, shows a calm script, and the record keeps only that it happened', async () => {
    const { workshops } = await seedPlan();
    const run = newRunRecord({ workshop: workshops[0]!, title: 'Workshop 1 of 5' }, T0);
    await saveRun(run);
    const view = renderWithApp(<RunLive id={run.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start the workshop' }));
    vi.setSystemTime(T0 + 5 * MIN);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause for care' }));

    const script = await screen.findByRole('dialog', { name: 'Paused for care' });
    for (const point of [
      /Offer a break/,
      /presenter’s choice whether to go on or to stop/,
      /Check in with them afterwards/,
      /supervision, the employer’s employee assistance programme, or their GP/,
      /It is not therapy/,
    ]) {
      expect(script).toHaveTextContent(point);
    }
    await waitFor(async () => expect((await stored(run.id)).status).toBe('paused'));

    // Ten minutes with the presenter: the clock stood still and nobody is late for it.
    vi.setSystemTime(T0 + 15 * MIN);
    fireEvent.click(within(script).getByRole('button', { name: 'Resume the workshop' }));
    await waitFor(async () => expect((await stored(run.id)).status).toBe('running'));
    const resumed = await stored(run.id);
    expect(viewRun(resumed.timing, Date.now()).timeLeftMs).toBe(25 * MIN);
    expect(viewRun(resumed.timing, Date.now()).overrunMs).toBe(0);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Finish the workshop' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, finish' }));
    await waitFor(async () => expect((await stored(run.id)).status).toBe('finished'));
    view.unmount();

    // The record says only that a care pause happened: no reason, no name, nothing typed.
    const finished = await stored(run.id);
    const { timing, ...rest } = finished;
    const before: Partial<typeof run> = { ...run };
    delete before.timing;
    expect(timing.carePauseCount).toBe(1);
    expect(rest).toEqual({ ...before, ...pick(finished), questionnaireDraft: {}, passRound: null });
    renderWithApp(<RecordScreen id={run.id} />);
    expect(await screen.findByText('The workshop was paused for care once.')).toBeVisible();
  });

  it('can be put away while the clock stays paused, brought back, and comes back with the next one', async () => {
    const { workshops } = await seedPlan();
    const run = newRunRecord({ workshop: workshops[0]!, title: 'Workshop 1 of 5' }, T0);
    await saveRun(run);
    renderWithApp(<RunLive id={run.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start the workshop' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Pause for care' }));
    const script = await screen.findByRole('dialog', { name: 'Paused for care' });
    fireEvent.click(within(script).getByRole('button', { name: 'Stay paused' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await stored(run.id)).status).toBe('paused');
    expect(screen.queryByRole('button', { name: 'Pause for care' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the care script' }));
    expect(await screen.findByRole('dialog', { name: 'Paused for care' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Stay paused' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Pause for care' }));
    expect(await screen.findByRole('dialog', { name: 'Paused for care' })).toBeInTheDocument();
    await waitFor(async () => expect((await stored(run.id)).timing.carePauseCount).toBe(2));
  });
});

/** The fields a run changes as it goes, whatever happened in it. */
function pick(record: Awaited<ReturnType<typeof stored>>) {
  const { status, updatedAt } = record;
  return { status, updatedAt };
}
