// Where a planned workshop stands on a given day: held (its record to open), under way,
// today's, still to come, or missed (its date passed and no run of it ever began). Held and
// missed workshops are past: their plan is kept as it was unless the facilitator chooses
// to edit it.
import type { IsoDate, RunId, RunRecord, Workshop, WorkshopId } from './types';

export type WorkshopStatus =
  | { kind: 'held'; runId: RunId }
  | { kind: 'under-way'; runId: RunId }
  | { kind: 'today' }
  | { kind: 'to-come' }
  | { kind: 'missed' };

type RunFacts = Pick<RunRecord, 'id' | 'workshopId' | 'status' | 'createdAt'>;

/** One workshop's status from the runs of it (any others are ignored) and today's date. */
export function workshopStatus(
  workshop: Pick<Workshop, 'id' | 'date'>,
  runs: readonly RunFacts[],
  today: IsoDate,
): WorkshopStatus {
  const own = runs
    .filter((run) => run.workshopId === workshop.id)
    .sort((a, b) => b.createdAt - a.createdAt);
  const finished = own.find((run) => run.status === 'finished');
  if (finished) return { kind: 'held', runId: finished.id };
  const live = own.find((run) => run.status === 'running' || run.status === 'paused');
  if (live) return { kind: 'under-way', runId: live.id };
  if (workshop.date === today) return { kind: 'today' };
  return workshop.date > today ? { kind: 'to-come' } : { kind: 'missed' };
}

/** Every workshop's status, by id. */
export function workshopStatuses(
  workshops: readonly Pick<Workshop, 'id' | 'date'>[],
  runs: readonly RunFacts[],
  today: IsoDate,
): Map<WorkshopId, WorkshopStatus> {
  return new Map(workshops.map((w) => [w.id, workshopStatus(w, runs, today)]));
}

/** Held or missed: what the plan said is part of the series' history now. */
export function isPast(status: WorkshopStatus): boolean {
  return status.kind === 'held' || status.kind === 'missed';
}

/**
 * Missed workshops still worth a word on Run's front page: those no later workshop of the
 * same series has been held since (after that, the series page keeps them), most recent
 * first.
 */
export function missedToMention<W extends Pick<Workshop, 'id' | 'date' | 'seriesId'>>(
  workshops: readonly W[],
  statuses: ReadonlyMap<WorkshopId, WorkshopStatus>,
): W[] {
  const heldAfter = (missed: W) =>
    workshops.some(
      (w) =>
        w.seriesId === missed.seriesId &&
        w.date > missed.date &&
        statuses.get(w.id)?.kind === 'held',
    );
  return workshops
    .filter((w) => statuses.get(w.id)?.kind === 'missed' && !heldAfter(w))
    .sort((a, b) => b.date.localeCompare(a.date));
}
