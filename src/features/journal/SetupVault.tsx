import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { putVaultHeader } from '../../db/journal';
import { systemClock } from '../../domain/clock';
import { newId } from '../../domain/ids';
import { checkPassphrase } from '../../domain/passphrase';
import type { VaultId } from '../../domain/types';
import { createSealer } from '../../vault/sealer';
import { createVault, type CreatedVault } from '../../vault/vault';
import { PassphraseField } from './PassphraseField';
import { RecoveryKeyCard } from './RecoveryKeyCard';
import { vaultSession } from './session';
import { markJournalExists } from './vaults';

/**
 * First use: a passphrase (with a plain strength hint), then the recovery key, shown once.
 * The journal is saved and opened only after its owner has seen the recovery key.
 */
export function SetupVault({
  hasOthers,
  vanished,
  title = 'Journal',
}: {
  hasOthers: boolean;
  vanished: boolean;
  /** The screen's heading: the journal's, or another private section's (action cards). */
  title?: string;
}) {
  const { ui } = useAppState();
  const [label, setLabel] = useState('My journal');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [isTried, setTried] = useState(false);
  const [isWorking, setWorking] = useState(false);
  const [created, setCreated] = useState<CreatedVault | null>(null);
  const check = checkPassphrase(passphrase);
  const mismatch = repeat !== passphrase;

  async function submit(event: Event) {
    event.preventDefault();
    setTried(true);
    if (!check.isAcceptable || mismatch || isWorking) return;
    setWorking(true);
    try {
      setCreated(
        await createVault({
          id: newId<VaultId>(),
          label: label.trim() || 'My journal',
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
    try {
      await putVaultHeader(created.vault);
      markJournalExists();
      vaultSession.unlock(created.vault.id, createSealer(created.key, created.vault.id));
      setCreated(null);
    } catch (error) {
      ui.reportError(error, 'save the new journal');
    }
  }

  if (created) {
    return (
      <div class="screen stack">
        <header>
          <h1>{title}</h1>
        </header>
        <RecoveryKeyCard recoveryKey={created.recoveryKey} onDone={() => void finish()} />
      </div>
    );
  }

  return (
    <div class="screen stack">
      <header>
        <h1>{title}</h1>
        <p class="lede">
          Your private reflective journal. It is encrypted on this device with your passphrase and
          never leaves it unless you make an encrypted backup.
        </p>
      </header>
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
              Shown on this device so you can pick yours if others use it too. Initials are enough.
            </span>
            <input
              id="vault-label"
              type="text"
              autocomplete="off"
              spellcheck={false}
              aria-describedby="vault-label-hint"
              value={label}
              onInput={(event) => setLabel(event.currentTarget.value)}
            />
          </div>
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
            {passphrase ? check.hint : `At least 12 characters. A few unrelated words work well.`}
          </p>
          <PassphraseField
            id="repeat-passphrase"
            label="Passphrase again"
            value={repeat}
            onInput={setRepeat}
            autocomplete="new-password"
          />
          {isTried && (!check.isAcceptable || mismatch) && (
            <p class="form-error" role="alert">
              {!check.isAcceptable ? check.hint : 'The two passphrases are not the same.'}
            </p>
          )}
          <p class="hint">
            Nobody can reset a forgotten passphrase: not us, not your employer. You will get a
            recovery key next, to print or write down and keep somewhere safe.
          </p>
          <div class="row">
            <button type="submit" class="btn btn-primary" disabled={isWorking}>
              {isWorking ? 'Setting up…' : 'Set up journal'}
            </button>
            <a class="btn btn-quiet" href={hrefFor('journal', 'restore')}>
              Restore from a backup
            </a>
          </div>
        </form>
      </section>
    </div>
  );
}
