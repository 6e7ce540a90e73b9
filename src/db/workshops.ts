import type { SeriesId, Workshop, WorkshopId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';
import { emptySnapshot, type Snapshot } from './snapshot';

/** A series' workshops in date order. */
export async function listWorkshopsOfSeries(seriesId: SeriesId): Promise<Workshop[]> {
  return db.workshops.where('seriesId').equals(seriesId).sortBy('date');
}

/** Every workshop on this device, in date order. */
export async function listAllWorkshops(): Promise<Workshop[]> {
  return db.workshops.orderBy('date').toArray();
}

export async function getWorkshop(id: WorkshopId): Promise<Workshop | undefined> {
  return db.workshops.get(id);
}

export async function saveWorkshop(workshop: Workshop): Promise<void> {
  await guardWrite(() => db.workshops.put(workshop));
}

export type WorkshopChange = (current: Workshop) => Partial<Omit<Workshop, 'id' | 'createdAt'>>;

/**
 * Changes a workshop from its stored state: the change is computed inside the transaction
 * from the latest row, so edits from two tabs (or two quick taps) never undo each other.
 */
export async function updateWorkshop(
  id: WorkshopId,
  change: WorkshopChange,
  now: number,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.workshops, async () => {
      const current = await db.workshops.get(id);
      if (!current) return;
      await db.workshops.put({ ...current, ...change(current), updatedAt: now });
    }),
  );
}

/** Deletes a workshop and the incidents planned in it; returns them for "Undo". */
export async function deleteWorkshop(id: WorkshopId): Promise<Snapshot> {
  return guardWrite(() =>
    db.transaction('rw', [db.workshops, db.incidents], async () => {
      const snapshot = emptySnapshot();
      const workshop = await db.workshops.get(id);
      if (workshop) snapshot.workshops.push(workshop);
      snapshot.incidents = await db.incidents.where('workshopId').equals(id).toArray();
      await db.workshops.delete(id);
      await db.incidents.bulkDelete(snapshot.incidents.map((i) => i.id));
      return snapshot;
    }),
  );
}
