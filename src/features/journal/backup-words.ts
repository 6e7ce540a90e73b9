// Counts of private records in plain words, for backup and restore messages.
import type { BackupCounts } from '../../vault/backup-format';

const NAMES: Record<keyof BackupCounts, [one: string, many: string]> = {
  journalEntries: ['entry', 'entries'],
  actionCards: ['action card', 'action cards'],
  drafts: ['unsaved draft', 'unsaved drafts'],
  checkIns: ['check-in', 'check-ins'],
};

/** "1 entry", "1,204 entries". */
function countOf(table: keyof BackupCounts, n: number): string {
  const [one, many] = NAMES[table];
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "12 entries, 3 action cards and 1 unsaved draft": entries always, the rest when present. */
export function countsInWords(counts: BackupCounts): string {
  const parts = (Object.keys(NAMES) as (keyof BackupCounts)[])
    .filter((table) => table === 'journalEntries' || counts[table] > 0)
    .map((table) => countOf(table, counts[table]));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!;
}

/** The total of all tables. */
export function totalCount(counts: BackupCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
