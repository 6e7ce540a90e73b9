import { useEffect, useState } from 'preact/hooks';
import { hrefFor } from '../../app/router';
import { systemClock } from '../../domain/clock';
import type { Vault } from '../../vault/vault';
import { isBackupDue } from '../../domain/backup-due';
import { lastBackupAt, reminderDays } from './backup-settings';
import { latestEntryChange } from './journal-data';

/** A nudge to back up when the last backup is old and entries changed since. */
export function BackupReminder({ vault }: { vault: Vault }) {
  const [isDue, setDue] = useState(false);
  useEffect(() => {
    Promise.all([lastBackupAt(vault.id), latestEntryChange(vault.id), reminderDays()]).then(
      ([last, change, days]) =>
        setDue(
          isBackupDue({
            now: systemClock.now(),
            lastBackupAt: last,
            createdAt: vault.createdAt,
            lastChangeAt: change,
            reminderDays: days,
          }),
        ),
      () => setDue(false),
    );
  }, [vault.id, vault.createdAt]);
  if (!isDue) return null;
  return (
    <div class="card notice-warning" role="status">
      <p>
        Your journal lives only on this device, and it has changed since your last backup. Browsers
        do sometimes delete a site’s data.
      </p>
      <a class="btn btn-primary" href={hrefFor('journal', 'backup')}>
        Back up now
      </a>
    </div>
  );
}
