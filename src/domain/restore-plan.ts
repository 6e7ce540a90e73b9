// What a restore would do to a journal already on the device, worked out before anything
// is written, so its owner can see it and choose. Merge (the default) adds what the device
// lacks and takes the backup's copy only where it is newer; replace makes the journal
// exactly the backup, which loses what was written since (hence its safety copy).

export interface Stamp {
  id: string;
  updatedAt: number;
}

export interface TableComparison {
  /** Readable records in the backup. */
  inBackup: number;
  /** Records of this journal on the device. */
  onDevice: number;
  /** In the backup only: merge adds them. */
  onlyInBackup: number;
  /** In both, the backup's copy newer: merge takes it. */
  newerInBackup: number;
  /** In both, the device's copy newer: merge keeps it, replace loses it. */
  newerOnDevice: number;
  /** On the device only: merge keeps them, replace loses them. */
  onlyOnDevice: number;
  /** In both, written at the same moment. */
  same: number;
}

export type Comparison<T extends string> = Record<T, TableComparison>;

function compareTable(incoming: readonly Stamp[], local: readonly Stamp[]): TableComparison {
  const onDevice = new Map(local.map((stamp) => [stamp.id, stamp.updatedAt]));
  const result: TableComparison = {
    inBackup: incoming.length,
    onDevice: local.length,
    onlyInBackup: 0,
    newerInBackup: 0,
    newerOnDevice: 0,
    onlyOnDevice: 0,
    same: 0,
  };
  const seen = new Set<string>();
  for (const { id, updatedAt } of incoming) {
    seen.add(id);
    const there = onDevice.get(id);
    if (there === undefined) result.onlyInBackup += 1;
    else if (updatedAt > there) result.newerInBackup += 1;
    else if (updatedAt < there) result.newerOnDevice += 1;
    else result.same += 1;
  }
  result.onlyOnDevice = local.filter((stamp) => !seen.has(stamp.id)).length;
  return result;
}

export function compare<T extends string>(
  incoming: Record<T, readonly Stamp[]>,
  local: Record<T, readonly Stamp[]>,
): Comparison<T> {
  const tables = Object.keys(incoming) as T[];
  return Object.fromEntries(
    tables.map((table) => [table, compareTable(incoming[table], local[table] ?? [])]),
  ) as Comparison<T>;
}

/** The backup's records a merge writes: those the device lacks, or holds an older copy of. */
export function mergeSelection<R extends Stamp>(
  incoming: readonly R[],
  local: readonly Stamp[],
): R[] {
  const onDevice = new Map(local.map((stamp) => [stamp.id, stamp.updatedAt]));
  return incoming.filter((record) => {
    const there = onDevice.get(record.id);
    return there === undefined || record.updatedAt > there;
  });
}

/** What replace would lose: records newer on the device, or only on the device. */
export function replaceLoses(comparison: TableComparison): number {
  return comparison.newerOnDevice + comparison.onlyOnDevice;
}

/** Adds up the tables' comparisons. */
export function totalOf<T extends string>(comparison: Comparison<T>): TableComparison {
  const total = compareTable([], []);
  for (const table of Object.values(comparison) as TableComparison[]) {
    for (const key of Object.keys(total) as (keyof TableComparison)[]) total[key] += table[key];
  }
  return total;
}
