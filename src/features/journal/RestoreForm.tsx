import { useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import { BackupFormatError } from '../../vault/backup-format';
import {
  KDF_UNAVAILABLE_MESSAGE,
  KdfUnavailableError,
  WrongPassphraseError,
} from '../../vault/errors';
import { createSealer } from '../../vault/sealer';
import { restoreBackup, type Progress } from './backup';
import { JournalSecretField } from './PassphraseField';
import { ProgressBar } from './ProgressBar';
import { journal, vaultSession } from './session';
import { markJournalExists } from './vaults';

/**
 * Restoring an encrypted backup file with its passphrase or recovery key. Everything is
 * checked before anything is written, so a cancelled or failed restore changes nothing.
 */
export function RestoreForm() {
  const { ui, busy } = useAppState();
  const [file, setFile] = useState<File | null>(null);
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [problem, setProblem] = useState('');
  const controller = useRef<AbortController | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (!file || !secret || progress) return;
    setProblem('');
    controller.current = new AbortController();
    const release = busy.hold('backup');
    setProgress({ done: 0, total: 1 });
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      const proof = useRecovery ? { recoveryKey: secret } : { passphrase: secret };
      const { vault, key } = await restoreBackup(
        data,
        proof,
        setProgress,
        controller.current.signal,
      );
      setSecret('');
      markJournalExists();
      await vaultSession.lock('manual', false);
      vaultSession.unlock(vault.id, createSealer(key, vault.id));
      journal.load(vault.id).catch((error: unknown) => ui.reportError(error, 'open the journal'));
      ui.notify('Journal restored from the backup.', { tone: 'success' });
      navigate('journal');
    } catch (error) {
      if (error instanceof BackupFormatError) {
        setProblem(`${error.message} Nothing has been changed.`);
      } else if (error instanceof WrongPassphraseError) {
        setProblem(
          `That ${useRecovery ? 'recovery key' : 'passphrase'} does not open this backup. Nothing has been changed.`,
        );
      } else if (error instanceof KdfUnavailableError) {
        setUseRecovery(true);
        setSecret('');
        setProblem(
          `${KDF_UNAVAILABLE_MESSAGE} Use the recovery key instead. Nothing has been changed.`,
        );
      } else if ((error as { name?: string }).name === 'AbortError') {
        setProblem('Restore cancelled. Nothing has been changed.');
      } else {
        ui.reportError(error, 'restore the backup');
      }
    } finally {
      release();
      setProgress(null);
      controller.current = null;
    }
  }

  return (
    <div class="screen stack">
      <header>
        <p>
          <a href={hrefFor('journal')}>← Journal</a>
        </p>
        <h1>Restore a journal</h1>
        <p class="lede">
          From an encrypted backup file made by this app. If the same journal is on this device, the
          backup replaces it.
        </p>
      </header>
      <form class="card stack" onSubmit={(event) => void submit(event)}>
        <div class="field">
          <label htmlFor="restore-file">Backup file</label>
          <input
            id="restore-file"
            type="file"
            accept=".bsbackup,application/octet-stream,application/json"
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setProblem('');
            }}
          />
        </div>
        <JournalSecretField
          id="restore"
          isRecoveryKey={useRecovery}
          passphraseLabel="Passphrase of the backed-up journal"
          value={secret}
          onInput={setSecret}
        />
        {problem && (
          <p class="form-error" role="alert">
            {problem}
          </p>
        )}
        {progress && <ProgressBar label="Checking and restoring" progress={progress} />}
        <div class="row">
          {progress ? (
            <button type="button" class="btn" onClick={() => controller.current?.abort()}>
              Cancel restore
            </button>
          ) : (
            <button type="submit" class="btn btn-primary" disabled={!file || !secret}>
              Restore
            </button>
          )}
          <button
            type="button"
            class="btn btn-quiet"
            disabled={Boolean(progress)}
            onClick={() => {
              setUseRecovery(!useRecovery);
              setSecret('');
            }}
          >
            {useRecovery ? 'Use the passphrase instead' : 'Use the recovery key instead'}
          </button>
        </div>
      </form>
    </div>
  );
}
