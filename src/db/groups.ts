import type { Group, GroupId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';
import { requestPersistenceOnce } from './storage';

/** Every group, by name. */
export async function listGroups(): Promise<Group[]> {
  return db.groups.orderBy('name').toArray();
}

export async function getGroup(id: GroupId): Promise<Group | undefined> {
  return db.groups.get(id);
}

/** Creates or replaces a group. The first save asks the browser to keep our data. */
export async function saveGroup(group: Group): Promise<void> {
  await guardWrite(() => db.groups.put(group));
  void requestPersistenceOnce().catch(() => undefined);
}
