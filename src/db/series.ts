import type { GroupId, Series, SeriesId, Workshop } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';
import { emptySnapshot, type Snapshot } from './snapshot';

/** A group's series, earliest first. */
export async function listSeries(groupId: GroupId): Promise<Series[]> {
  return db.series.where('groupId').equals(groupId).sortBy('startDate');
}

export async function getSeries(id: SeriesId): Promise<Series | undefined> {
  return db.series.get(id);
}

export async function updateSeries(
  id: SeriesId,
  changes: Partial<Omit<Series, 'id' | 'createdAt'>>,
  now: number,
): Promise<void> {
  await guardWrite(() => db.series.update(id, { ...changes, updatedAt: now }));
}

/** Saves a new series with its workshops in one transaction. */
export async function createSeries(series: Series, workshops: Workshop[]): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.series, db.workshops], async () => {
      await db.series.add(series);
      await db.workshops.bulkAdd(workshops);
    }),
  );
}

/** Deletes a series with its workshops and their incidents; returns them for "Undo". */
export async function deleteSeries(id: SeriesId): Promise<Snapshot> {
  return guardWrite(() =>
    db.transaction('rw', [db.series, db.workshops, db.incidents], async () => {
      const snapshot = emptySnapshot();
      const series = await db.series.get(id);
      if (series) snapshot.series.push(series);
      snapshot.workshops = await db.workshops.where('seriesId').equals(id).toArray();
      const workshopIds = snapshot.workshops.map((w) => w.id);
      snapshot.incidents = await db.incidents.where('workshopId').anyOf(workshopIds).toArray();
      await db.series.delete(id);
      await db.workshops.bulkDelete(workshopIds);
      await db.incidents.bulkDelete(snapshot.incidents.map((i) => i.id));
      return snapshot;
    }),
  );
}
