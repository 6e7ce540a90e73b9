import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import { systemClock } from '../../domain/clock';
import { BackupFormatError } from '../../vault/backup-format';
import {
  KdfUnavailableError,
  kdfUnavailableMessage,
  WrongPassphraseError,
} from '../../vault/errors';
import { createSealer } from '../../vault/sealer';
import { BackupSummaryCard } from './BackupSummaryCard';
import { JournalSecretField, SecretKindToggle } from '../../ui/PassphraseField';
import { ProgressBar } from '../../ui/ProgressBar';
import {
  applyRestore,
  inspectBackup,
  openBackup,
  type InspectedBackup,
  type OpenedBackup,
  type Progress,
  type RestoreMode,
} from './restore';
import { RestorePreview } from './RestorePreview';
import { restoredMessage } from './restore-words';
import { reopen, undoLastRestore } from './undo-restore';
import { markJournalExists } from '../../private/vaults';
import { usePrivateStores } from '../../private/stores';
import { ForeignRecordError } from './journal-data';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Field } from '../../ui/Field';

type Work = { label: string; progress: Progress | null };

const isAbort = (error: unknown) => (error as { name?: string }).name === 'AbortError';

/**
 * Restoring an encrypted backup, in three steps its owner can see: what the file holds
 * (before any key work), what restoring it would change (after it opens), then the
 * restore itself. Merge is the default; nothing on this device is lost without a safety
 * copy, and Cancel stops at any step with nothing changed.
 */
export function RestoreForm() {
  const stores = usePrivateStores();
  const { vaultSession } = stores;
  const { ui, busy } = useAppState();
  const [inspected, setInspected] = useState<InspectedBackup | null>(null);
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [work, setWork] = useState<Work | null>(null);
  const [problem, setProblem] = useState('');
  const controller = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // Leaving the screen stops the work: no worker or key derivation runs on unseen.
  useEffect(() => () => controller.current?.abort(), []);

  /** Runs one step with Cancel, the busy flag and plain messages for every failure. */
  async function step(label: string, run: (signal: AbortSignal) => Promise<void>) {
    controller.current = new AbortController();
    const release = busy.hold('backup');
    setProblem('');
    setWork({ label, progress: null });
    try {
      await run(controller.current.signal);
    } catch (error) {
      if (isAbort(error)) setProblem('Stopped. Nothing has been changed.');
      else if (error instanceof BackupFormatError) {
        setProblem(`${error.message} Nothing has been changed.`);
      } else if (error instanceof ForeignRecordError) {
        setProblem(error.message);
      } else if (error instanceof WrongPassphraseError) {
        setProblem(
          `That ${useRecovery ? 'recovery key' : 'passphrase'} does not open this backup. Nothing has been changed.`,
        );
      } else if (error instanceof KdfUnavailableError) {
        setUseRecovery(true);
        setSecret('');
        setProblem(
          `${kdfUnavailableMessage(error)} Use the recovery key instead. Nothing has been changed.`,
        );
      } else ui.reportError(error, 'restore the backup');
    } finally {
      release();
      setWork(null);
      controller.current = null;
    }
  }

  function pick(file: File | null) {
    setInspected(null);
    setOpened(null);
    setProblem('');
    if (!file) return;
    void step('Reading the file', async (signal) =>
      setInspected(await inspectBackup(file, signal)),
    );
  }

  function open(event: Event) {
    event.preventDefault();
    if (!inspected || !secret || work) return;
    const proof = useRecovery ? { recoveryKey: secret } : { passphrase: secret };
    void step('Opening the backup', async (signal) => {
      const result = await openBackup(
        inspected.read,
        proof,
        (progress) => setWork({ label: 'Checking every record', progress }),
        signal,
      );
      setSecret('');
      setOpened(result);
    });
  }

  function restore(mode: RestoreMode) {
    if (!opened || work) return;
    void step('Restoring', async (signal) => {
      const vault = await applyRestore(opened, mode, systemClock, signal);
      markJournalExists();
      if (vaultSession.unlockedId.peek() !== vault.id) {
        await vaultSession.lock('manual', false);
        vaultSession.unlock(vault.id, createSealer(opened.key, vault.id));
      }
      await reopen(stores, vault.id);
      const replaced = opened.target.kind === 'same' && mode === 'replace';
      ui.notify(
        restoredMessage(opened, mode),
        replaced
          ? {
              action: {
                label: 'Undo restore',
                run: () => void undoLastRestore(stores, ui, vault.id),
              },
              // It is offered on the journal, where the restore takes the user.
              screen: hrefFor('journal'),
            }
          : { tone: 'success' },
      );
      navigate('journal');
    });
  }

  function startAgain() {
    setInspected(null);
    setOpened(null);
    setSecret('');
    setProblem('');
    if (fileInput.current) fileInput.current.value = '';
  }

  const isLocked = vaultSession.unlockedId.value === null;
  return (
    <div class="screen stack restore">
      <ScreenHeader
        title="Restore a journal"
        back={
          isLocked
            ? { href: hrefFor('journal'), label: 'Journal' }
            : { href: hrefFor('journal', 'backup'), label: 'Backup and security' }
        }
        lede="From an encrypted backup file made by this app. You will see what it holds, and what restoring it would change, before anything is written."
      />
      <section class="card stack" aria-labelledby="restore-file-heading">
        <h2 id="restore-file-heading">1. Choose the file</h2>
        <Field id="restore-file" label="Backup file">
          <input
            ref={fileInput}
            type="file"
            accept=".bsbackup,application/octet-stream,application/json"
            disabled={Boolean(work)}
            onChange={(event) => pick(event.currentTarget.files?.[0] ?? null)}
          />
        </Field>
        {inspected && <BackupSummaryCard inspected={inspected} />}
      </section>
      {inspected && !opened && (
        <form class="card stack" onSubmit={open} aria-labelledby="restore-open-heading">
          <h2 id="restore-open-heading">2. Open it</h2>
          <JournalSecretField
            id="restore"
            isRecoveryKey={useRecovery}
            passphraseLabel="Passphrase of the backed-up journal"
            value={secret}
            onInput={setSecret}
          />
          <div class="row">
            <Button variant="primary" type="submit" disabled={!secret || Boolean(work)}>
              Open the backup
            </Button>
            <SecretKindToggle
              isRecoveryKey={useRecovery}
              whose="the"
              disabled={Boolean(work)}
              onToggle={() => {
                setUseRecovery(!useRecovery);
                setSecret('');
              }}
            />
          </div>
        </form>
      )}
      {opened && (
        <RestorePreview
          opened={opened}
          isWorking={Boolean(work)}
          onRestore={restore}
          onCancel={startAgain}
        />
      )}
      {problem && (
        <p class="form-error" role="alert">
          {problem}
        </p>
      )}
      {work && (
        <div class="card stack" aria-live="polite">
          {work.progress ? (
            <ProgressBar label={work.label} progress={work.progress} />
          ) : (
            <p role="status">{work.label}…</p>
          )}
          <div class="row">
            <Button onClick={() => controller.current?.abort()}>Cancel</Button>
          </div>
        </div>
      )}
    </div>
  );
}
