// Live views of the plan's data for the screens; each re-renders when its tables change,
// in this tab or another.
import { getGroup } from '../../db/groups';
import { listIncidentsOfGroup, listIncidentsOfWorkshop } from '../../db/incidents';
import { listLiterature } from '../../db/literature';
import { useLiveQuery } from '../../db/live';
import { listMembers } from '../../db/members';
import { listEveryRunOfSeries, listRunsOfWorkshop } from '../../db/runs';
import { getSeries, listSeries } from '../../db/series';
import { getWorkshop, listAllWorkshops, listWorkshopsOfSeries } from '../../db/workshops';
import type { GroupId, SeriesId, WorkshopId } from '../../domain/types';

export function useGroup(id: GroupId | null | undefined) {
  return useLiveQuery(async () => (id ? getGroup(id) : undefined), [id]);
}

export function useMembers(groupId: GroupId | null | undefined) {
  return useLiveQuery(async () => (groupId ? listMembers(groupId) : []), [groupId], []);
}

export function useSeriesOfGroup(groupId: GroupId) {
  return useLiveQuery(() => listSeries(groupId), [groupId], []);
}

export function useSeries(id: SeriesId | null | undefined) {
  return useLiveQuery(async () => (id ? getSeries(id) : undefined), [id]);
}

export function useWorkshopsOfSeries(id: SeriesId | null | undefined) {
  return useLiveQuery(async () => (id ? listWorkshopsOfSeries(id) : []), [id], []);
}

/** The runs of a series' workshops, finished or not: which were held, which are under way. */
export function useRunsOfSeries(id: SeriesId | null | undefined) {
  return useLiveQuery(async () => (id ? listEveryRunOfSeries(id) : []), [id], []);
}

export function useRunsOfWorkshop(id: WorkshopId) {
  return useLiveQuery(() => listRunsOfWorkshop(id), [id], []);
}

export function useWorkshop(id: WorkshopId) {
  return useLiveQuery(() => getWorkshop(id), [id]);
}

/**
 * A workshop and its incidents read together, so a change to both in one transaction (an
 * incident put in a slot) never shows half-done.
 */
export function useWorkshopWithIncidents(id: WorkshopId) {
  return useLiveQuery(async () => {
    const [workshop, incidents] = await Promise.all([getWorkshop(id), listIncidentsOfWorkshop(id)]);
    return { workshop, incidents };
  }, [id]);
}

export function useAllWorkshops() {
  return useLiveQuery(listAllWorkshops, [], []);
}

export function useLiterature(groupId: GroupId | null | undefined) {
  return useLiveQuery(async () => (groupId ? listLiterature(groupId) : []), [groupId], []);
}

export function useIncidentsOfWorkshop(id: WorkshopId) {
  return useLiveQuery(() => listIncidentsOfWorkshop(id), [id], []);
}

export function useIncidentsOfGroup(groupId: GroupId | null | undefined) {
  return useLiveQuery(async () => (groupId ? listIncidentsOfGroup(groupId) : []), [groupId], []);
}
