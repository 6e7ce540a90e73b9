import type { GroupId, Series, SeriesId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';

/** A group's series, earliest first. */
export async function listSeries(groupId: GroupId): Promise<Series[]> {
  return db.series.where('groupId').equals(groupId).sortBy('startDate');
}

export async function getSeries(id: SeriesId): Promise<Series | undefined> {
  return db.series.get(id);
}

export async function saveSeries(series: Series): Promise<void> {
  await guardWrite(() => db.series.put(series));
}
