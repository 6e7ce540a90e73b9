// When to remind a practitioner to back up their journal: only dates and numbers.

/**
 * Remind when the last backup (or, before the first, the journal's creation) is older than
 * the chosen days and entries changed since.
 */
export function isBackupDue(input: {
  now: number;
  lastBackupAt: number | undefined;
  createdAt: number;
  lastChangeAt: number;
  reminderDays: number;
}): boolean {
  const since = input.lastBackupAt ?? input.createdAt;
  const due = input.now - since > input.reminderDays * 86_400_000;
  return due && input.lastChangeAt > since;
}
