import type { Incident } from '../../domain/types';
import { useAllWorkshops, useIncidentsOfGroup } from './use-plan-data';

/**
 * For incidents carried forward (run mode creates them in the next workshop, with
 * `carriedFromId`), the date (`yyyy-MM-dd`) of the workshop each came from, by incident id.
 */
export function useCarriedFromDates(
  incidents: readonly Incident[],
  groupId: Incident['groupId'] | null,
) {
  const all = useIncidentsOfGroup(groupId);
  const workshops = useAllWorkshops();
  const dates = new Map<string, string>();
  for (const incident of incidents) {
    if (!incident.carriedFromId) continue;
    const earlier = all.value.find((i) => i.id === incident.carriedFromId);
    const date = workshops.value.find((w) => w.id === earlier?.workshopId)?.date;
    if (date) dates.set(incident.id, date);
  }
  return dates;
}
