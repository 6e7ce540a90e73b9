import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { checkPassphrase } from '../../domain/passphrase';
import {
  KdfUnavailableError,
  kdfUnavailableMessage,
  WrongPassphraseError,
} from '../../vault/errors';
import { newKdfParams } from '../../vault/kdf';
import { changePassphrase, type Vault } from '../../vault/vault';
import { JournalSecretField, PassphraseField, SecretKindToggle } from '../../ui/PassphraseField';
import { MakeBackup } from './MakeBackup';
import { UndoRestoreCard } from './UndoRestoreCard';
import { DeleteJournal } from './DeleteJournal';
import { saveLockSettings } from '../../private/use-lock-settings';
import { readVault } from '../../private/vaults';
import { usePrivateStores } from '../../private/stores';
import { putVaultHeader } from '../../private/private-data';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Field } from '../../ui/Field';

const IDLE_CHOICES = [2, 5, 10, 15, 30, 60];

/** Backup, restore, locking, passphrase and deleting this journal: its safety in one place. */
export function BackupScreen({ vault }: { vault: Vault }) {
  return (
    <div class="screen stack">
      <ScreenHeader
        title="Backup and security"
        back={{ href: hrefFor('journal'), label: 'Journal' }}
      />
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
      <UndoRestoreCard vault={vault} />
      <LockSettingsCard />
      <ChangePassphrase vault={vault} />
      <DeleteJournal vault={vault} />
    </div>
  );
}

function LockSettingsCard() {
  const { vaultSession } = usePrivateStores();
  const { ui } = useAppState();
  const settings = vaultSession.settings.value;
  const save = (next: typeof settings) =>
    saveLockSettings(vaultSession, next).catch((error: unknown) => ui.reportError(error));
  return (
    <section class="card stack" aria-labelledby="lock-heading">
      <h2 id="lock-heading">Locking</h2>
      <Field id="idle-minutes" label="Lock after this long without use">
        <select
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
      </Field>
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
          <SecretKindToggle
            isRecoveryKey={useRecovery}
            onToggle={() => {
              setUseRecovery(!useRecovery);
              setCurrent('');
              setProblem('');
            }}
          />
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
          <Button type="submit" disabled={isWorking || !current}>
            {isWorking ? 'Changing…' : 'Change passphrase'}
          </Button>
        </div>
      </form>
    </section>
  );
}
