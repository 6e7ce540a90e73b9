// Live views of a run and the plan it comes from, for the run screens.
import { readCopyState } from '../../db/group-file';
import { getGroup, listGroups } from '../../db/groups';
import { listIncidentsOfGroup, listIncidentsOfWorkshop } from '../../db/incidents';
import { getLiteratureItems } from '../../db/literature';
import { useLiveQuery } from '../../db/live';
import { listMembers } from '../../db/members';
import {
  findLiveRun,
  getRun,
  listFinishedRuns,
  listOpenRuns,
  listRunsOfSeries,
} from '../../db/runs';
import { getSeries } from '../../db/series';
import { getWorkshop, listAllWorkshops, listWorkshopsOfSeries } from '../../db/workshops';
import type {
  Group,
  GroupId,
  Incident,
  RunId,
  RunRecord,
  SeriesId,
  Workshop,
} from '../../domain/types';

export function useRun(id: RunId) {
  return useLiveQuery(() => getRun(id), [id]);
}

export function useLiveRun() {
  return useLiveQuery(findLiveRun, []);
}

export function useRunLists() {
  return useLiveQuery(
    async () => {
      const [open, finished, workshops, groups] = await Promise.all([
        listOpenRuns(),
        listFinishedRuns(),
        listAllWorkshops(),
        listGroups(),
      ]);
      return { open, finished, workshops, groups };
    },
    [],
    {
      open: [] as RunRecord[],
      finished: [] as RunRecord[],
      workshops: [] as Workshop[],
      groups: [] as Group[],
    },
  );
}

/** Everything a run's scaffolds show from the plan: one read, so it never shows half-done. */
export function useRunContext(run: Pick<RunRecord, 'workshopId' | 'groupId' | 'seriesId'>) {
  const { workshopId, groupId, seriesId } = run;
  return useLiveQuery(async () => {
    const [workshop, group, members, incidents, siblings, series] = await Promise.all([
      workshopId ? getWorkshop(workshopId) : undefined,
      groupId ? getGroup(groupId) : undefined,
      groupId ? listMembers(groupId) : [],
      workshopId ? listIncidentsOfWorkshop(workshopId) : [],
      seriesId ? listWorkshopsOfSeries(seriesId) : [],
      seriesId ? getSeries(seriesId) : undefined,
    ]);
    const literature = workshop ? await getLiteratureItems(workshop.literatureIds) : [];
    return { workshop, group, members, incidents, siblings, series, literature };
  }, [workshopId, groupId, seriesId]);
}

export type RunContext = NonNullable<ReturnType<typeof useRunContext>['value']>;

/** A series with its runs, members and incidents, for the follow-up's look back. */
export function useSeriesLookBack(id: SeriesId) {
  return useLiveQuery(async () => {
    const series = await getSeries(id);
    const [runs, members, incidents] = await Promise.all([
      listRunsOfSeries(id),
      series ? listMembers(series.groupId) : [],
      series ? listIncidentsOfGroup(series.groupId) : [],
    ]);
    return { series, runs, members, incidents };
  }, [id]);
}

/**
 * The series' records and the group's incidents, for what one workshop brings from another:
 * since last time at the catch-up, the first part of a carried incident, the record.
 */
export function useSeriesHistory(run: Pick<RunRecord, 'groupId' | 'seriesId'>) {
  const { groupId, seriesId } = run;
  return useLiveQuery(
    async () => {
      const [runs, incidents] = await Promise.all([
        seriesId ? listRunsOfSeries(seriesId) : [],
        groupId ? listIncidentsOfGroup(groupId) : [],
      ]);
      return { runs, incidents };
    },
    [groupId, seriesId],
    { runs: [] as RunRecord[], incidents: [] as Incident[] },
  );
}

/** When the group's file was last kept, and its latest workshop held: for the reminder. */
export function useCopyState(groupId: GroupId) {
  return useLiveQuery(() => readCopyState(groupId), [groupId]);
}
