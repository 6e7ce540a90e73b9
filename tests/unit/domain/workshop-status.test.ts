import { describe, expect, it } from 'vitest';
import {
  isPast,
  missedToMention,
  workshopStatus,
  workshopStatuses,
} from '../../../src/domain/workshop-status';
import type { RunId, RunRecord, SeriesId, WorkshopId } from '../../../src/domain/types';

const workshop = (n: number, date: string, seriesId = 's1') => ({
  id: `w${n}` as WorkshopId,
  date,
  seriesId: seriesId as SeriesId,
});

function run(
  id: string,
  workshopId: string,
  status: RunRecord['status'],
  createdAt = 0,
): Pick<RunRecord, 'id' | 'workshopId' | 'status' | 'createdAt'> {
  return { id: id as RunId, workshopId: workshopId as WorkshopId, status, createdAt };
}

const TODAY = '2026-10-06';

describe('where a workshop stands', () => {
  it('is held once a run of it has finished, on whatever day, with the latest record', () => {
    const runs = [run('r1', 'w1', 'finished', 1), run('r2', 'w1', 'finished', 2)];
    expect(workshopStatus(workshop(1, '2026-09-15'), runs, TODAY)).toEqual({
      kind: 'held',
      runId: 'r2',
    });
    expect(workshopStatus(workshop(1, TODAY), runs, TODAY).kind).toBe('held');
  });

  it('is missed when its date passed and no run began; a run made ready but never started does not count', () => {
    expect(workshopStatus(workshop(1, '2026-10-05'), [], TODAY)).toEqual({ kind: 'missed' });
    expect(workshopStatus(workshop(1, '2026-10-05'), [run('r', 'w1', 'ready')], TODAY)).toEqual({
      kind: 'missed',
    });
    // Another workshop's run is not this one's.
    expect(workshopStatus(workshop(1, '2026-10-05'), [run('r', 'w2', 'finished')], TODAY)).toEqual({
      kind: 'missed',
    });
  });

  it('is under way while a run of it is running or paused', () => {
    expect(workshopStatus(workshop(1, TODAY), [run('r', 'w1', 'paused')], TODAY)).toEqual({
      kind: 'under-way',
      runId: 'r',
    });
  });

  it('is today’s on its date, and to come after it', () => {
    expect(workshopStatus(workshop(1, TODAY), [], TODAY)).toEqual({ kind: 'today' });
    expect(workshopStatus(workshop(1, '2026-10-07'), [], TODAY)).toEqual({ kind: 'to-come' });
  });

  it('counts held and missed workshops as past, and no others', () => {
    expect(isPast({ kind: 'held', runId: 'r' as RunId })).toBe(true);
    expect(isPast({ kind: 'missed' })).toBe(true);
    expect(isPast({ kind: 'today' })).toBe(false);
    expect(isPast({ kind: 'under-way', runId: 'r' as RunId })).toBe(false);
    expect(isPast({ kind: 'to-come' })).toBe(false);
  });
});

describe('missed workshops worth mentioning on Run', () => {
  it('are those no later workshop of their series has been held since, latest first', () => {
    const workshops = [
      workshop(1, '2026-08-04'),
      workshop(2, '2026-08-25'),
      workshop(3, '2026-09-15'),
      workshop(4, '2026-10-05'),
      workshop(5, '2026-09-01', 's2'),
      workshop(6, '2026-11-01'),
    ];
    const statuses = workshopStatuses(workshops, [run('r3', 'w3', 'finished')], TODAY);
    expect(missedToMention(workshops, statuses).map((w) => w.id)).toEqual(['w4', 'w5']);
  });
});
