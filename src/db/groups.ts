import type { Group, GroupId, Incident, Member, Series, Workshop } from '../domain/types';
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

/** Changes some of a group's fields. */
export async function updateGroup(
  id: GroupId,
  changes: Partial<Omit<Group, 'id' | 'createdAt'>>,
  now: number,
): Promise<void> {
  await guardWrite(() => db.groups.update(id, { ...changes, updatedAt: now }));
}

export interface NewGroup {
  group: Group;
  members: Member[];
  series?: Series;
  workshops?: Workshop[];
  /** The incidents its workshops' turns already name a presenter for (the guided set-up). */
  incidents?: Incident[];
}

/**
 * Saves a new group with its members and, optionally, its first series, workshops and
 * incidents, in one transaction: either all of it is there afterwards, or none.
 */
export async function createGroup({
  group,
  members,
  series,
  workshops = [],
  incidents = [],
}: NewGroup) {
  await guardWrite(() =>
    db.transaction(
      'rw',
      [db.groups, db.members, db.series, db.workshops, db.incidents],
      async () => {
        await db.groups.add(group);
        await db.members.bulkAdd(members);
        if (series) await db.series.add(series);
        await db.workshops.bulkAdd(workshops);
        await db.incidents.bulkAdd(incidents);
      },
    ),
  );
  void requestPersistenceOnce().catch(() => undefined);
}
