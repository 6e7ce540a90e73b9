// Deleting a whole group: apart from db/groups.ts, which the first screen loads, since only
// the group's own page deletes one.
import type { GroupId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';
import { PLAN_TABLES, emptySnapshot, type Snapshot } from './snapshot';

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
