// Taking in a group file on a tablet that may already hold the group: rows are matched by
// their ids, which never change, so a newer file updates what is here instead of adding a
// second copy. For each row the newer side wins (by when it was last changed); rows only on
// this tablet are kept, since a file says what someone had, not what they deleted.
import type { GroupMaterial } from './group-file-schema';

type MaterialTable = Exclude<keyof GroupMaterial, 'group'>;

const MATERIAL_TABLES: readonly MaterialTable[] = [
  'members',
  'series',
  'workshops',
  'literature',
  'incidents',
  'records',
];

export interface MergeCounts {
  added: number;
  updated: number;
  /** The same here as in the file. */
  unchanged: number;
  /** Changed here more recently than in the file: this tablet's version is kept. */
  newerHere: number;
}

export interface MergePlan {
  /** The group is new to this tablet. */
  isNewGroup: boolean;
  /** The group row to write, or null when this tablet's is as new or newer. */
  group: GroupMaterial['group'] | null;
  /** The rows to write, table by table. */
  writes: { [T in MaterialTable]: GroupMaterial[T] };
  counts: { [T in MaterialTable | 'group']: MergeCounts };
}

const zero = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0, newerHere: 0 });

interface Row {
  id: string;
  createdAt: number;
  updatedAt?: number;
}

/** When a row last changed: a member never changed since it was added has only createdAt. */
const changedAt = (row: Row) => row.updatedAt ?? row.createdAt;

/** The same content, whatever order the fields were written in (a file's or the database's). */
const sameRow = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}

function mergeRows<R extends Row>(
  incoming: readonly R[],
  local: readonly R[],
  counts: MergeCounts,
) {
  const here = new Map(local.map((row) => [row.id, row]));
  const writes: R[] = [];
  for (const row of incoming) {
    const mine = here.get(row.id);
    if (!mine) {
      counts.added += 1;
      writes.push(row);
    } else if (sameRow(mine, row)) {
      counts.unchanged += 1;
    } else if (changedAt(row) > changedAt(mine)) {
      counts.updated += 1;
      writes.push(row);
    } else {
      counts.newerHere += 1;
    }
  }
  return writes;
}

/**
 * What taking in `incoming` would change, given what this tablet holds of the same group
 * (`local`, or null if none).
 */
export function planGroupMerge(incoming: GroupMaterial, local: GroupMaterial | null): MergePlan {
  const counts = {
    group: zero(),
    members: zero(),
    series: zero(),
    workshops: zero(),
    literature: zero(),
    incidents: zero(),
    records: zero(),
  };
  const localGroup = local?.group;
  let group: GroupMaterial['group'] | null = null;
  if (!localGroup) {
    counts.group.added = 1;
    group = incoming.group;
  } else if (sameRow(localGroup, incoming.group)) {
    counts.group.unchanged = 1;
  } else if (incoming.group.updatedAt > localGroup.updatedAt) {
    counts.group.updated = 1;
    group = incoming.group;
  } else {
    counts.group.newerHere = 1;
  }
  return {
    isNewGroup: !localGroup,
    group,
    writes: {
      members: mergeRows(incoming.members, local?.members ?? [], counts.members),
      series: mergeRows(incoming.series, local?.series ?? [], counts.series),
      workshops: mergeRows(incoming.workshops, local?.workshops ?? [], counts.workshops),
      literature: mergeRows(incoming.literature, local?.literature ?? [], counts.literature),
      incidents: mergeRows(incoming.incidents, local?.incidents ?? [], counts.incidents),
      records: mergeRows(incoming.records, local?.records ?? [], counts.records),
    },
    counts,
  };
}

/** Whether taking the file in would change anything here. */
export function changesAnything(plan: MergePlan): boolean {
  return plan.group !== null || MATERIAL_TABLES.some((table) => plan.writes[table].length > 0);
}
