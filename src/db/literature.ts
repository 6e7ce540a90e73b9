import type { GroupId, LiteratureId, LiteratureItem } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';

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
