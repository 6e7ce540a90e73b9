import type { Group, GroupId, Incident, Member, Series, Workshop } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';
import { PLAN_TABLES, emptySnapshot, type Snapshot } from './snapshot';
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

/**
 * Deletes a group and everything planned in it (members, series, workshops, reading,
 * incidents) and its finished workshops' records, in one transaction; returns it all, so it
 * can be restored as it was. A workshop under way is left to finish. Journal entries that
 * link to any of it are private and stay: their links read as no longer on this device.
 */
export async function deleteGroup(id: GroupId): Promise<Snapshot> {
  return guardWrite(() =>
    db.transaction('rw', [...PLAN_TABLES, 'runs'], async () => {
      const snapshot = emptySnapshot();
      const group = await db.groups.get(id);
      if (group) snapshot.groups.push(group);
      snapshot.members = await db.members.where('groupId').equals(id).toArray();
      snapshot.series = await db.series.where('groupId').equals(id).toArray();
      snapshot.workshops = await db.workshops.where('groupId').equals(id).toArray();
      snapshot.literature = await db.literature.where('groupId').equals(id).toArray();
      snapshot.incidents = await db.incidents.where('groupId').equals(id).toArray();
      await db.groups.delete(id);
      await db.members.bulkDelete(snapshot.members.map((m) => m.id));
      await db.series.bulkDelete(snapshot.series.map((s) => s.id));
      await db.workshops.bulkDelete(snapshot.workshops.map((w) => w.id));
      await db.literature.bulkDelete(snapshot.literature.map((l) => l.id));
      await db.incidents.bulkDelete(snapshot.incidents.map((i) => i.id));
      snapshot.runs = await db.runs
        .filter((run) => run.groupId === id && run.status === 'finished')
        .toArray();
      await db.runs.bulkDelete(snapshot.runs.map((run) => run.id));
      return snapshot;
    }),
  );
}

export interface GroupCounts {
  series: number;
  workshops: number;
  readings: number;
  incidents: number;
  records: number;
}

/** How much a group holds: what deleting it would take away, said before it is done. */
export async function countGroupMaterial(id: GroupId): Promise<GroupCounts> {
  const [series, workshops, readings, incidents, records] = await Promise.all([
    db.series.where('groupId').equals(id).count(),
    db.workshops.where('groupId').equals(id).count(),
    db.literature.where('groupId').equals(id).count(),
    db.incidents.where('groupId').equals(id).count(),
    db.runs.filter((run) => run.groupId === id && run.status === 'finished').count(),
  ]);
  return { series, workshops, readings, incidents, records };
}
