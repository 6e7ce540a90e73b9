// How a workshop is named on screen: its place in the series (data, from the domain) worded.
import { workshopPlaces } from '../domain/series-plan';
import type { Workshop, WorkshopId } from '../domain/types';

/** "Workshop 2 of 5" or "Follow-up", by position among the series' workshops in date order. */
export function workshopLabels(workshops: readonly Workshop[]): Map<WorkshopId, string> {
  return new Map(
    [...workshopPlaces(workshops)].map(([id, place]) => [
      id,
      place.kind === 'follow-up' ? 'Follow-up' : `Workshop ${place.number} of ${place.of}`,
    ]),
  );
}
