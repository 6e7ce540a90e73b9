// When each journal was last backed up, and how often the user wants reminding. Only
// dates and numbers, never content.
import { getSetting, setSetting } from '../../db/settings';
import type { VaultId } from '../../domain/types';

export const DEFAULT_REMINDER_DAYS = 14;

export function lastBackupAt(vaultId: VaultId): Promise<number | undefined> {
  return getSetting<number>(`journal.lastBackupAt.${vaultId}`);
}

export function setLastBackupAt(vaultId: VaultId, at: number): Promise<void> {
  return setSetting(`journal.lastBackupAt.${vaultId}`, at);
}

export async function reminderDays(): Promise<number> {
  return (await getSetting<number>('journal.backupReminderDays')) ?? DEFAULT_REMINDER_DAYS;
}

export function setReminderDays(days: number): Promise<void> {
  return setSetting('journal.backupReminderDays', days);
}
