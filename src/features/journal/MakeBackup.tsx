import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { systemClock } from '../../domain/clock';
import { formatMediumDate } from '../../ui/dates';
import { downloadBlob } from '../../ui/download';
import type { Vault } from '../../vault/vault';
import { backupFileName, BackupCheckError, checkBackup, makeBackup, type Progress } from './backup';
import {
  DEFAULT_REMINDER_DAYS,
  lastBackupAt,
  reminderDays,
  setLastBackupAt,
  setReminderDays,
} from './backup-settings';
import { countsInWords } from './backup-words';
import { ProgressBar } from '../../ui/ProgressBar';
import { readVault } from '../../private/vaults';
import { usePrivateStores } from '../../private/stores';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

const REMINDER_CHOICES = [7, 14, 30, 60];

type Step = { label: string; progress: Progress };

/**
 * Making a backup file: written, then read back and opened as a restore would before it is
 * handed to the browser to save, so a file that would not restore is never kept.
 */
export function MakeBackup({ vault }: { vault: Vault }) {
  const { vaultSession } = usePrivateStores();
  const { ui, busy } = useAppState();
  const [step, setStep] = useState<Step | null>(null);
  const [checked, setChecked] = useState('');
  const [last, setLast] = useState<number | undefined>();
  const [days, setDays] = useState(DEFAULT_REMINDER_DAYS);
  const controller = useRef<AbortController | null>(null);
  // Leaving the screen stops the work: no worker or key derivation runs on unseen.
  useEffect(() => () => controller.current?.abort(), []);

  useEffect(() => {
    void lastBackupAt(vault.id).then(setLast, () => undefined);
    void reminderDays().then(setDays, () => undefined);
  }, [vault.id]);

  async function backUp() {
    controller.current = new AbortController();
    const { signal } = controller.current;
    const release = busy.hold('backup');
    setChecked('');
    setStep({ label: 'Making the backup', progress: { done: 0, total: 1 } });
    try {
      const stored = await readVault(vault.id);
      const made = await makeBackup(
        stored,
        systemClock,
        (progress) => setStep({ label: 'Making the backup', progress }),
        signal,
      );
      await checkBackup(
        made,
        stored,
        vaultSession.sealer(),
        (progress) => setStep({ label: 'Checking the backup opens', progress }),
        signal,
      );
      const now = systemClock.now();
      downloadBlob(made.blob, backupFileName(stored.label, now));
      await setLastBackupAt(vault.id, now);
      setLast(now);
      const message = `Backup checked and saved: it opens, and holds ${countsInWords(made.counts)}. Keep it somewhere safe, such as a USB stick.`;
      setChecked(message);
      ui.notify('Backup checked and saved.', { tone: 'success' });
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') ui.notify('Backup cancelled.');
      else if (error instanceof BackupCheckError) ui.notify(error.message, { tone: 'error' });
      else ui.reportError(error, 'make the backup');
    } finally {
      release();
      setStep(null);
    }
  }

  return (
    <section class="card stack" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Encrypted backup</h2>
      <p>
        A backup file holds your whole journal, encrypted. Opening it on any device needs your
        passphrase or your recovery key.
      </p>
      <p class="muted">
        {last ? `Last backup: ${formatMediumDate(last)}.` : 'No backup made on this device yet.'}
      </p>
      {step && <ProgressBar label={step.label} progress={step.progress} />}
      <p role="status" class={checked ? 'status-line callout notice-success' : 'status-line'}>
        {checked}
      </p>
      <div class="row">
        {step ? (
          <Button onClick={() => controller.current?.abort()}>Cancel backup</Button>
        ) : (
          <Button variant="primary" onClick={() => void backUp()}>
            Make a backup file
          </Button>
        )}
        <a class="btn btn-quiet" href={hrefFor('journal', 'restore')}>
          Restore from a backup
        </a>
      </div>
      <Field id="reminder-days" label="Remind me to back up after">
        <select
          value={String(days)}
          onChange={(event) => {
            const next = Number(event.currentTarget.value);
            setDays(next);
            setReminderDays(next).catch((error: unknown) => ui.reportError(error));
          }}
        >
          {REMINDER_CHOICES.map((choice) => (
            <option key={choice} value={String(choice)}>
              {choice} days (if entries changed)
            </option>
          ))}
        </select>
      </Field>
    </section>
  );
}
