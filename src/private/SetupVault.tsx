import { useState } from 'preact/hooks';
import { useAppState } from '../app/app-state';
import { hrefFor } from '../app/router';
import { systemClock } from '../domain/clock';
import { newId } from '../domain/ids';
import {
  cleanJournalName,
  DEFAULT_JOURNAL_NAME,
  isJournalNameTaken,
  JOURNAL_NAME_MAX,
  uniqueJournalName,
} from '../domain/journal-name';
import { checkPassphrase } from '../domain/passphrase';
import { passphraseHint } from './passphrase-words';
import type { VaultId } from '../domain/types';
import { createSealer } from '../vault/sealer';
import { createVault, type CreatedVault } from '../vault/vault';
import { KdfFallbackNotice } from './KdfFallbackNotice';
import { PassphraseField } from '../ui/PassphraseField';
import { RecoveryKeyCard } from './RecoveryKeyCard';
import { SharedDeviceChoice } from './SharedDeviceChoice';
import {
  saveLockSettings,
  sharedDeviceLocks,
  SHARED_DEVICE_IDLE_MINUTES,
} from './use-lock-settings';
import { markJournalExists } from './vaults';
import { usePrivateStores } from './stores';
import { putVaultHeader } from './private-data';
import { Button } from '../ui/Button';
import { ScreenHeader } from '../ui/ScreenHeader';

/** The first thing wrong with the set-up form, in plain words, or '' when it can go ahead. */
function setupProblem(input: {
  name: string;
  takenNames: readonly string[];
  isShared: boolean | null;
  passphrase: ReturnType<typeof checkPassphrase>;
  isMismatch: boolean;
}): string {
  if (!input.name) {
    return 'Give this journal a name, so you can tell it from the others on this device. Initials are enough.';
  }
  if (isJournalNameTaken(input.name, input.takenNames)) {
    return `There is already a journal called “${input.name}” on this device. Choose another name, such as your initials.`;
  }
  if (input.isShared === null) return 'Say whether anyone else uses this device.';
  if (!input.passphrase.isAcceptable) return passphraseHint(input.passphrase);
  return input.isMismatch ? 'The two passphrases are not the same.' : '';
}

/**
 * First use: a name unlike any other journal's on this device, whether the device is
 * shared (then stronger locks), a passphrase (with a plain strength hint), then the
 * recovery key, shown once. The journal is saved and opened only after its owner has seen
 * the recovery key.
 */
export function SetupVault({
  hasOthers,
  otherNames = [],
  vanished,
  title = 'Journal',
}: {
  hasOthers: boolean;
  /** The names of the journals already on this device: a new one must differ from each. */
  otherNames?: readonly string[];
  vanished: boolean;
  /** The screen's heading: the journal's, or another private section's (action cards). */
  title?: string;
}) {
  const { vaultSession } = usePrivateStores();
  const { ui } = useAppState();
  // A second journal on the device names itself: a pre-filled "My journal" would look
  // like the first one's.
  const [label, setLabel] = useState(hasOthers ? '' : DEFAULT_JOURNAL_NAME);
  const [isShared, setShared] = useState<boolean | null>(hasOthers ? true : null);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [isTried, setTried] = useState(false);
  const [isWorking, setWorking] = useState(false);
  const [created, setCreated] = useState<CreatedVault | null>(null);
  const check = checkPassphrase(passphrase);
  const name = cleanJournalName(label);
  const problem = setupProblem({
    name,
    takenNames: otherNames,
    isShared,
    passphrase: check,
    isMismatch: repeat !== passphrase,
  });

  async function submit(event: Event) {
    event.preventDefault();
    setTried(true);
    if (problem || isWorking) return;
    setWorking(true);
    try {
      setCreated(
        await createVault({
          id: newId<VaultId>(),
          label: name,
          passphrase,
          now: systemClock.now(),
        }),
      );
      setPassphrase('');
      setRepeat('');
    } catch (error) {
      ui.reportError(error, 'set up the journal');
    } finally {
      setWorking(false);
    }
  }

  async function finish() {
    if (!created) return;
    // Another tab may have taken the name meanwhile: two journals never look alike.
    const label = uniqueJournalName(created.vault.label, otherNames);
    try {
      await putVaultHeader({ ...created.vault, label });
      markJournalExists();
      if (isShared)
        await saveLockSettings(vaultSession, sharedDeviceLocks(vaultSession.settings.peek()));
      vaultSession.unlock(created.vault.id, createSealer(created.key, created.vault.id));
      setCreated(null);
    } catch (error) {
      ui.reportError(error, 'save the new journal');
      return;
    }
    if (label !== created.vault.label) {
      ui.notify(`Another journal here took that name meanwhile, so yours is called “${label}”.`);
    }
    if (isShared) {
      // No button on it: it must not stay on screen for the next person to use the device.
      ui.notify(
        `This device is shared, so journals here now lock after ${SHARED_DEVICE_IDLE_MINUTES} minutes without use and soon after you switch away from the app. You can change this in Backup and security.`,
      );
    }
  }

  if (created) {
    return (
      <div class="screen stack">
        <ScreenHeader title={title} class="no-print" />
        {created.vault.kdf.algorithm === 'pbkdf2-sha256' && <KdfFallbackNotice />}
        <RecoveryKeyCard
          recoveryKey={created.recoveryKey}
          journalName={created.vault.label}
          createdAt={created.vault.createdAt}
          onDone={() => void finish()}
        />
      </div>
    );
  }

  return (
    <div class="screen stack">
      <ScreenHeader title={title}>
        <p class="lede">
          Your private reflective journal. It is encrypted on this device with your passphrase and
          never leaves it unless you make an encrypted backup.
        </p>
      </ScreenHeader>
      {vanished && !hasOthers && (
        <div class="card notice-warning" role="status">
          <h2>Your journal seems to have gone</h2>
          <p>
            This device had a journal, but the browser appears to have cleared its storage. If you
            have a backup file, restore it now.
          </p>
          <a class="btn btn-primary" href={hrefFor('journal', 'restore')}>
            Restore from a backup
          </a>
        </div>
      )}
      <section class="card" aria-labelledby="setup-heading">
        <h2 id="setup-heading">{hasOthers ? 'Set up another journal' : 'Set up your journal'}</h2>
        <form class="stack" onSubmit={(event) => void submit(event)} noValidate>
          <div class="field">
            <label htmlFor="vault-label">Name for this journal</label>
            <span class="hint" id="vault-label-hint">
              Shown on this device so you can pick yours if others use it too. Initials are enough;
              each journal here needs a name of its own.
            </span>
            <input
              id="vault-label"
              type="text"
              autocomplete="off"
              spellcheck={false}
              maxLength={JOURNAL_NAME_MAX}
              aria-describedby="vault-label-hint"
              value={label}
              onInput={(event) => setLabel(event.currentTarget.value)}
            />
          </div>
          <SharedDeviceChoice isShared={isShared} onChange={setShared} />
          <PassphraseField
            id="new-passphrase"
            label="Passphrase"
            value={passphrase}
            onInput={setPassphrase}
            autocomplete="new-password"
            describedBy="passphrase-hint"
          />
          <p
            id="passphrase-hint"
            class={`hint strength strength-${check.strength}`}
            aria-live="polite"
          >
            {passphrase
              ? passphraseHint(check)
              : `At least 12 characters. A few unrelated words work well.`}
          </p>
          <PassphraseField
            id="repeat-passphrase"
            label="Passphrase again"
            value={repeat}
            onInput={setRepeat}
            autocomplete="new-password"
          />
          {isTried && problem && (
            <p class="form-error" role="alert">
              {problem}
            </p>
          )}
          <p class="hint">
            Nobody can reset a forgotten passphrase: not us, not your employer. You will get a
            recovery key next, to print or write down and keep somewhere safe.
          </p>
          <div class="row">
            <Button variant="primary" type="submit" disabled={isWorking}>
              {isWorking ? 'Setting up…' : 'Set up journal'}
            </Button>
            <a class="btn btn-quiet" href={hrefFor('journal', 'restore')}>
              Restore from a backup
            </a>
          </div>
        </form>
      </section>
    </div>
  );
}
