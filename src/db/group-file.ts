// The group file's way in and out of the database. Reading takes only the shareable tables
// (never a journal's or an action card's); taking a file in writes in one transaction, so
// afterwards either all of it is here or none of it is.
import type { GroupMaterial } from '../domain/group-file';
import { planGroupMerge, type MergePlan } from '../domain/group-merge';
import type { GroupId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';
import { getSetting, setSetting } from './settings';
import { PLAN_TABLES } from './snapshot';

const MATERIAL_TABLES = [...PLAN_TABLES, 'runs'] as const;

/** A group's shareable material as this tablet holds it, or null if it has no such group. */
export async function readGroupMaterial(groupId: GroupId): Promise<GroupMaterial | null> {
  return db.transaction('r', [...MATERIAL_TABLES], () => materialOf(groupId));
}

async function materialOf(groupId: GroupId): Promise<GroupMaterial | null> {
  const group = await db.groups.get(groupId);
  if (!group) return null;
  const [members, series, workshops, literature, incidents, runs] = await Promise.all([
    db.members.where('groupId').equals(groupId).toArray(),
    db.series.where('groupId').equals(groupId).toArray(),
    db.workshops.where('groupId').equals(groupId).toArray(),
    db.literature.where('groupId').equals(groupId).toArray(),
    db.incidents.where('groupId').equals(groupId).toArray(),
    db.runs.filter((run) => run.groupId === groupId).toArray(),
  ]);
  return { group, members, series, workshops, literature, incidents, records: runs };
}

/** What taking `incoming` in would change here, without changing anything. */
export async function previewGroupImport(incoming: GroupMaterial): Promise<MergePlan> {
  const local = await readGroupMaterial(incoming.group.id);
  return planGroupMerge(incoming, local);
}

/**
 * Takes a group's material in, newest row winning, in one transaction. The plan is worked
 * out again inside it, so a change made here since the preview is never overwritten.
 */
export async function importGroupMaterial(incoming: GroupMaterial): Promise<MergePlan> {
  return guardWrite(() =>
    db.transaction('rw', [...MATERIAL_TABLES], async () => {
      const plan = planGroupMerge(incoming, await materialOf(incoming.group.id));
      if (plan.group) await db.groups.put(plan.group);
      await db.members.bulkPut(plan.writes.members);
      await db.series.bulkPut(plan.writes.series);
      await db.workshops.bulkPut(plan.writes.workshops);
      await db.literature.bulkPut(plan.writes.literature);
      await db.incidents.bulkPut(plan.writes.incidents);
      // A record is only ever a finished workshop's; one under way here is never replaced.
      const live = new Set(
        (await db.runs.bulkGet(plan.writes.records.map((record) => record.id)))
          .filter((run) => run && run.status !== 'finished')
          .map((run) => run!.id),
      );
      await db.runs.bulkPut(plan.writes.records.filter((record) => !live.has(record.id)));
      return plan;
    }),
  );
}

// ---- Keeping a copy ---------------------------------------------------------------------

const keptKey = (groupId: GroupId) => `group-copy-kept:${groupId}`;
const notNowKey = (groupId: GroupId) => `group-copy-not-now:${groupId}`;

export interface CopyState {
  /** When this tablet last saved or shared the group's file; null if never. */
  keptAt: number | null;
  /** When the group's latest workshop here finished; null if none has. */
  lastHeldAt: number | null;
  /** When the reminder was last put off with "Not now". */
  notNowAt: number | null;
}

export async function readCopyState(groupId: GroupId): Promise<CopyState> {
  const [keptAt, notNowAt, finished] = await Promise.all([
    getSetting<number>(keptKey(groupId)),
    getSetting<number>(notNowKey(groupId)),
    db.runs.filter((run) => run.groupId === groupId && run.status === 'finished').toArray(),
  ]);
  const lastHeldAt = Math.max(0, ...finished.map((run) => run.timing.finishedAt ?? run.updatedAt));
  return { keptAt: keptAt ?? null, lastHeldAt: lastHeldAt || null, notNowAt: notNowAt ?? null };
}

export async function noteCopyKept(groupId: GroupId, at: number): Promise<void> {
  await setSetting(keptKey(groupId), at);
}

/** Puts the reminder off until the group's next workshop is held. */
export async function putOffCopyReminder(groupId: GroupId, at: number): Promise<void> {
  await setSetting(notNowKey(groupId), at);
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
