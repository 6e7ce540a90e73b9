// A workshop's pre-reading keeps one order, the one the facilitator set: the workshop page,
// the pre-reading pack, the calendar file and run mode all show it so.
import { moveItem } from './agenda-edit';
import type { LiteratureId, LiteratureItem, Workshop } from './types';

/** The workshop's readings in their stored order (any no longer on the list left out). */
export function readingInOrder(
  workshop: Pick<Workshop, 'literatureIds'>,
  literature: readonly LiteratureItem[],
): LiteratureItem[] {
  const byId = new Map(literature.map((item) => [item.id, item]));
  return workshop.literatureIds
    .map((id) => byId.get(id))
    .filter((item): item is LiteratureItem => item !== undefined);
}

/** The order with one reading moved `by` places (up is negative); unchanged at either end. */
export function moveReading(
  ids: readonly LiteratureId[],
  id: LiteratureId,
  by: number,
): LiteratureId[] {
  const at = ids.indexOf(id);
  const to = at + by;
  if (at === -1 || to < 0 || to >= ids.length) return [...ids];
  return moveItem(ids, at, to);
}
