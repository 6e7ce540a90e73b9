// What a delete removed or changed, kept so the user can undo it: the rows as they were.
import type {
  Group,
  Incident,
  LiteratureItem,
  Member,
  RunRecord,
  Series,
  Workshop,
} from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';

export interface Snapshot {
  groups: Group[];
  members: Member[];
  series: Series[];
  workshops: Workshop[];
  literature: LiteratureItem[];
  incidents: Incident[];
  /** Finished workshops' records: only a whole group's delete takes them. */
  runs?: RunRecord[];
}

export function emptySnapshot(): Snapshot {
  return { groups: [], members: [], series: [], workshops: [], literature: [], incidents: [] };
}

export const PLAN_TABLES = [
  'groups',
  'members',
  'series',
  'workshops',
  'literature',
  'incidents',
] as const;

/** Puts every row of a snapshot back, all or nothing (the "Undo" of a delete). */
export async function restoreSnapshot(snapshot: Snapshot): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [...PLAN_TABLES, 'runs'], async () => {
      await db.groups.bulkPut(snapshot.groups);
      await db.members.bulkPut(snapshot.members);
      await db.series.bulkPut(snapshot.series);
      await db.workshops.bulkPut(snapshot.workshops);
      await db.literature.bulkPut(snapshot.literature);
      await db.incidents.bulkPut(snapshot.incidents);
      await db.runs.bulkPut(snapshot.runs ?? []);
    }),
  );
}
