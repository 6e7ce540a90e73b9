// What the run screen's component tests share: a wall clock the test moves (only Date is
// faked, so the database and the screen's own timers run as usual), longer waits for a busy
// machine, and a workshop stored and started on the screen.
import { act, configure, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { getRun, saveRun } from '../../../src/db/runs';
import { newRunRecord } from '../../../src/domain/run-record';
import type { Incident, IncidentId, RunId, RunRecord, Workshop } from '../../../src/domain/types';
import { RunLive } from '../../../src/features/run/RunLive';
import { renderWithApp } from '../../helpers/render';
import { seedPlan } from '../plan/seed';

/** Tuesday 14 April 2026, 09:30 in London: the first workshop's booked start. */
export const T0 = Date.UTC(2026, 3, 14, 8, 30);
export const MIN = 60_000;

/** Fakes the wall clock at T0 for each test of the file that calls it. */
export function useRunClock() {
  // These screens read the database before they show: allow for a busy machine.
  configure({ asyncUtilTimeout: 10_000 });
  vi.setConfig({ testTimeout: 30_000 });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());
}

/** Moves the wall clock on, and tells the screen (as a tablet waking up would). */
export function advance(ms: number) {
  act(() => {
    vi.setSystemTime(Date.now() + ms);
    window.dispatchEvent(new Event('focus'));
  });
}

/** An incident told at `workshop` by the seeded plan's member at `presenter`. */
export function toldIncident(
  plan: Awaited<ReturnType<typeof seedPlan>>,
  workshop: Workshop,
  title: string,
  presenter: number,
  id = 'incident-1',
): Incident {
  return {
    id: id as IncidentId,
    groupId: plan.group.id,
    workshopId: workshop.id,
    presenterId: plan.members[presenter]!.id,
    title,
    summary: '',
    modelId: 'fook-gardner',
    stage: 'deconstruction',
    carriedFromId: null,
    createdAt: T0,
    updatedAt: T0,
  };
}

export async function stored(id: RunId): Promise<RunRecord> {
  return (await getRun(id))!;
}

/** The seeded plan's first workshop, stored as a run, shown and started. */
export async function startedRun(): Promise<RunRecord> {
  const { workshops } = await seedPlan();
  const run = newRunRecord({ workshop: workshops[0]!, title: 'Workshop 1 of 5' }, T0);
  await saveRun(run);
  renderWithApp(<RunLive id={run.id} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Start the workshop' }));
  await screen.findByRole('button', { name: 'Pause' });
  return run;
}
