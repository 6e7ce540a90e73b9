import type { GroupId, LiteratureId, LiteratureItem, WorkshopId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';
import { emptySnapshot, type Snapshot } from './snapshot';

/** A group's reading list, by title. */
export async function listLiterature(groupId: GroupId): Promise<LiteratureItem[]> {
  const items = await db.literature.where('groupId').equals(groupId).toArray();
  return items.sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}

/** The items with these ids, in the order given (missing ones left out). */
export async function getLiteratureItems(ids: readonly LiteratureId[]): Promise<LiteratureItem[]> {
  const items = await db.literature.bulkGet([...ids]);
  return items.filter((item): item is LiteratureItem => item !== undefined);
}

export async function saveLiteratureItem(item: LiteratureItem): Promise<void> {
  await guardWrite(() => db.literature.put(item));
}

export async function updateLiteratureItem(
  id: LiteratureId,
  changes: Partial<Omit<LiteratureItem, 'id' | 'groupId' | 'createdAt'>>,
  now: number,
): Promise<void> {
  await guardWrite(() => db.literature.update(id, { ...changes, updatedAt: now }));
}

/** Adds a new item to the group's list and to a workshop's pre-reading, in one transaction. */
export async function addLiteratureToWorkshop(
  item: LiteratureItem,
  workshopId: WorkshopId,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.literature, db.workshops], async () => {
      await db.literature.put(item);
      await setAttached(workshopId, item.id, true);
    }),
  );
}

/** Attaches an item to a workshop as pre-reading, or takes it off. */
export async function setLiteratureAttached(
  workshopId: WorkshopId,
  id: LiteratureId,
  isAttached: boolean,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.workshops, () => setAttached(workshopId, id, isAttached)),
  );
}

async function setAttached(workshopId: WorkshopId, id: LiteratureId, isAttached: boolean) {
  const workshop = await db.workshops.get(workshopId);
  if (!workshop) return;
  const others = workshop.literatureIds.filter((other) => other !== id);
  await db.workshops.update(workshopId, {
    literatureIds: isAttached ? [...others, id] : others,
  });
}

/** Deletes an item and takes it off every workshop's pre-reading; returns both for "Undo". */
export async function deleteLiteratureItem(id: LiteratureId): Promise<Snapshot> {
  return guardWrite(() =>
    db.transaction('rw', [db.literature, db.workshops], async () => {
      const snapshot = emptySnapshot();
      const item = await db.literature.get(id);
      if (!item) return snapshot;
      snapshot.literature.push(item);
      snapshot.workshops = await db.workshops
        .where('groupId')
        .equals(item.groupId)
        .filter((w) => w.literatureIds.includes(id))
        .toArray();
      await db.literature.delete(id);
      for (const workshop of snapshot.workshops) {
        await db.workshops.update(workshop.id, {
          literatureIds: workshop.literatureIds.filter((other) => other !== id),
        });
      }
      return snapshot;
    }),
  );
}
