// Runs: the state of a workshop being run, saved on every change (the database is opened
// with strict durability), and afterwards its record.
import type { RunId, RunRecord, SeriesId, WorkshopId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';

export async function getRun(id: RunId): Promise<RunRecord | undefined> {
  return db.runs.get(id);
}

/** The run in progress (running or paused), if any: the app resumes it on opening. */
export async function findLiveRun(): Promise<RunRecord | undefined> {
  const live = await db.runs.where('status').anyOf('running', 'paused').toArray();
  return live.sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/** Runs not yet started or in progress, most recent first. */
export async function listOpenRuns(): Promise<RunRecord[]> {
  const open = await db.runs.where('status').anyOf('ready', 'running', 'paused').toArray();
  return open.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function listFinishedRuns(): Promise<RunRecord[]> {
  const done = await db.runs.where('status').equals('finished').toArray();
  return done.sort((a, b) => b.createdAt - a.createdAt);
}

export async function listRunsOfWorkshop(workshopId: WorkshopId): Promise<RunRecord[]> {
  return db.runs.where('workshopId').equals(workshopId).toArray();
}

/** Every finished run of a series' workshops, oldest first. */
export async function listRunsOfSeries(seriesId: SeriesId): Promise<RunRecord[]> {
  const runs = await listEveryRunOfSeries(seriesId);
  return runs.filter((run) => run.status === 'finished').sort((a, b) => a.createdAt - b.createdAt);
}

/** Every run of a series' workshops, finished or not: which were held, which are under way. */
export async function listEveryRunOfSeries(seriesId: SeriesId): Promise<RunRecord[]> {
  const workshops = await db.workshops.where('seriesId').equals(seriesId).primaryKeys();
  return db.runs.where('workshopId').anyOf(workshops).toArray();
}

export async function saveRun(run: RunRecord): Promise<void> {
  await guardWrite(() => db.runs.put(run));
}

export type RunChange = (current: RunRecord) => Partial<Omit<RunRecord, 'id' | 'createdAt'>>;

/**
 * Changes a run from its stored state inside one transaction, so two quick taps (or a note
 * saved while the timer moves) never undo each other. Returns the saved run.
 */
export async function updateRun(
  id: RunId,
  change: RunChange,
  now: number,
): Promise<RunRecord | undefined> {
  return guardWrite(() =>
    db.transaction('rw', db.runs, async () => {
      const current = await db.runs.get(id);
      if (!current) return undefined;
      const next: RunRecord = { ...current, ...change(current), updatedAt: now };
      next.status = next.timing.status;
      await db.runs.put(next);
      return next;
    }),
  );
}

export async function deleteRun(id: RunId): Promise<void> {
  await guardWrite(() => db.runs.delete(id));
}
