import type { SeriesId, Workshop, WorkshopId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';

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
