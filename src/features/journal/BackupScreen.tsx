import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { putVaultHeader } from '../../db/journal';
import { londonDateAt } from '../../domain/calendar';
import { systemClock } from '../../domain/clock';
import { formatMediumDate } from '../../domain/dates';
import { checkPassphrase } from '../../domain/passphrase';
import {
  KdfUnavailableError,
  kdfUnavailableMessage,
  WrongPassphraseError,
} from '../../vault/errors';
import { newKdfParams } from '../../vault/kdf';
import { changePassphrase, type Vault } from '../../vault/vault';
import { backupFileName, makeBackup, type Progress } from './backup';
import {
  DEFAULT_REMINDER_DAYS,
  lastBackupAt,
  reminderDays,
  setLastBackupAt,
  setReminderDays,
} from './backup-settings';
import { downloadBlob } from '../../ui/download';
import { JournalSecretField, PassphraseField } from './PassphraseField';
import { ProgressBar } from './ProgressBar';
import { DeleteJournal } from './DeleteJournal';
import { vaultSession } from './session';
import { saveLockSettings } from './use-lock-settings';
import { readVault } from './vaults';

const IDLE_CHOICES = [2, 5, 10, 15, 30, 60];
const REMINDER_CHOICES = [7, 14, 30, 60];

/** Backup, restore, locking, passphrase and deleting this journal: its safety in one place. */
export function BackupScreen({ vault }: { vault: Vault }) {
  return (
    <div class="screen stack">
      <header>
        <p>
          <a href={hrefFor('journal')}>← Journal</a>
        </p>
        <h1>Backup and security</h1>
      </header>
      <section class="card" aria-labelledby="where-heading">
        <h2 id="where-heading">Where your journal lives</h2>
        <p>
          Your journal is kept only on this device, encrypted with your passphrase. There is no
          account and no copy anywhere else, so if this device is lost or the browser clears its
          storage, only a backup file can bring your journal back.
        </p>
        <p>
          On an iPad, add the app to your Home Screen (Share, then “Add to Home Screen”) and open it
          from there: in a Safari tab, Safari deletes a site’s data after seven days without use.
        </p>
      </section>
      <MakeBackup vault={vault} />
      <LockSettingsCard />
      <ChangePassphrase vault={vault} />
      <DeleteJournal vault={vault} />
    </div>
  );
}

function MakeBackup({ vault }: { vault: Vault }) {
  const { ui, busy } = useAppState();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [last, setLast] = useState<number | undefined>();
  const [days, setDays] = useState(DEFAULT_REMINDER_DAYS);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    void lastBackupAt(vault.id).then(setLast, () => undefined);
    void reminderDays().then(setDays, () => undefined);
  }, [vault.id]);

  async function backUp() {
    controller.current = new AbortController();
    const release = busy.hold('backup');
    setProgress({ done: 0, total: 1 });
    try {
      const blob = await makeBackup(
        await readVault(vault.id),
        systemClock,
        setProgress,
        controller.current.signal,
      );
      downloadBlob(blob, backupFileName(londonDateAt(systemClock.now())));
      const now = systemClock.now();
      await setLastBackupAt(vault.id, now);
      setLast(now);
      ui.notify('Backup file saved. Keep it somewhere safe, such as a USB stick.', {
        tone: 'success',
      });
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') ui.notify('Backup cancelled.');
      else ui.reportError(error, 'make the backup');
    } finally {
      release();
      setProgress(null);
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
      {progress && <ProgressBar label="Making the backup" progress={progress} />}
      <div class="row">
        {progress ? (
          <button type="button" class="btn" onClick={() => controller.current?.abort()}>
            Cancel backup
          </button>
        ) : (
          <button type="button" class="btn btn-primary" onClick={() => void backUp()}>
            Make a backup file
          </button>
        )}
        <a class="btn btn-quiet" href={hrefFor('journal', 'restore')}>
          Restore from a backup
        </a>
      </div>
      <div class="field">
        <label htmlFor="reminder-days">Remind me to back up after</label>
        <select
          id="reminder-days"
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
      </div>
    </section>
  );
}

function LockSettingsCard() {
  const { ui } = useAppState();
  const settings = vaultSession.settings.value;
  const save = (next: typeof settings) =>
    saveLockSettings(next).catch((error: unknown) => ui.reportError(error));
  return (
    <section class="card stack" aria-labelledby="lock-heading">
      <h2 id="lock-heading">Locking</h2>
      <div class="field">
        <label htmlFor="idle-minutes">Lock after this long without use</label>
        <select
          id="idle-minutes"
          value={String(settings.idleMinutes)}
          onChange={(event) =>
            void save({ ...settings, idleMinutes: Number(event.currentTarget.value) })
          }
        >
          {IDLE_CHOICES.map((choice) => (
            <option key={choice} value={String(choice)}>
              {choice} minutes
            </option>
          ))}
        </select>
      </div>
      <div class="field-inline">
        <input
          id="lock-hidden"
          type="checkbox"
          checked={settings.lockWhenHidden}
          onChange={(event) =>
            void save({ ...settings, lockWhenHidden: event.currentTarget.checked })
          }
        />
        <label htmlFor="lock-hidden">Also lock 30 seconds after I switch away from the app</label>
      </div>
      <p class="hint">Locking always saves what you were writing first.</p>
    </section>
  );
}

function ChangePassphrase({ vault }: { vault: Vault }) {
  const { ui } = useAppState();
  const [current, setCurrent] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState('');
  const [isWorking, setWorking] = useState(false);
  const check = checkPassphrase(next);

  async function submit(event: Event) {
    event.preventDefault();
    if (isWorking) return;
    if (!check.isAcceptable) return setProblem(check.hint);
    if (next !== repeat) return setProblem('The two new passphrases are not the same.');
    setWorking(true);
    setProblem('');
    try {
      const stored = await readVault(vault.id);
      const proof = useRecovery ? { recoveryKey: current } : { passphrase: current };
      // Today's costs for this device: Argon2id where it runs, else PBKDF2.
      const changed = await changePassphrase(stored, proof, next, newKdfParams());
      await putVaultHeader(changed);
      setCurrent('');
      setNext('');
      setRepeat('');
      ui.notify(
        changed.kdf.algorithm === 'pbkdf2-sha256'
          ? 'Passphrase changed. This device cannot run the stronger protection (Argon2id), so the new passphrase uses the standard one, PBKDF2. Your recovery key still works.'
          : 'Passphrase changed. Your recovery key still works.',
        { tone: 'success' },
      );
    } catch (error) {
      if (error instanceof WrongPassphraseError) {
        setProblem(
          `That ${useRecovery ? 'recovery key' : 'passphrase'} is not right. Nothing has been changed.`,
        );
      } else if (error instanceof KdfUnavailableError) {
        setUseRecovery(true);
        setCurrent('');
        setProblem(`${kdfUnavailableMessage(error)} Use it instead of the current passphrase.`);
      } else ui.reportError(error, 'change the passphrase');
    } finally {
      setWorking(false);
    }
  }

  return (
    <section class="card" aria-labelledby="passphrase-heading">
      <h2 id="passphrase-heading">Change passphrase</h2>
      <form class="stack" onSubmit={(event) => void submit(event)} noValidate>
        <p class="hint">Forgotten it? Use your recovery key instead to set a new one.</p>
        <JournalSecretField
          id="current"
          isRecoveryKey={useRecovery}
          passphraseLabel="Current passphrase"
          value={current}
          onInput={setCurrent}
        />
        <div class="row">
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => {
              setUseRecovery(!useRecovery);
              setCurrent('');
              setProblem('');
            }}
          >
            {useRecovery ? 'Use my current passphrase instead' : 'Use my recovery key instead'}
          </button>
        </div>
        <PassphraseField
          id="changed-passphrase"
          label="New passphrase"
          value={next}
          onInput={setNext}
          autocomplete="new-password"
          describedBy="changed-passphrase-hint"
        />
        <p id="changed-passphrase-hint" class="hint" aria-live="polite">
          {next ? check.hint : 'At least 12 characters.'}
        </p>
        <PassphraseField
          id="changed-passphrase-repeat"
          label="New passphrase again"
          value={repeat}
          onInput={setRepeat}
          autocomplete="new-password"
        />
        {problem && (
          <p class="form-error" role="alert">
            {problem}
          </p>
        )}
        <div class="row">
          <button type="submit" class="btn" disabled={isWorking || !current}>
            {isWorking ? 'Changing…' : 'Change passphrase'}
          </button>
        </div>
      </form>
    </section>
  );
}
