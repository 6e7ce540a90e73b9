import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import {
  KDF_UNAVAILABLE_MESSAGE,
  KdfUnavailableError,
  WrongPassphraseError,
} from '../../vault/errors';
import { createSealer } from '../../vault/sealer';
import { deleteVault, putVaultHeader } from '../../db/journal';
import { isWeakerThanCurrent, newKdfParams } from '../../vault/kdf';
import {
  changePassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type Vault,
} from '../../vault/vault';
import { ConfirmByTyping } from './ConfirmByTyping';
import { JournalSecretField } from './PassphraseField';
import { vaultSession } from './session';
import { forgetJournalExisted, readVault } from './vaults';

/**
 * A journal made with lower key-derivation costs (or PBKDF2 on a device that now runs
 * Argon2id) is re-wrapped with today's, once, right after an unlock with the passphrase.
 */
function strengthenInBackground(vault: Vault, passphrase: string) {
  if (!isWeakerThanCurrent(vault.kdf)) return;
  changePassphrase(vault, { passphrase }, passphrase, newKdfParams())
    .then(putVaultHeader)
    .catch(() => undefined);
}

const LOCK_MESSAGES = {
  idle: 'Your journal locked itself after a while without use. Anything you were writing was saved.',
  hidden: 'Your journal locked itself while the app was in the background.',
  'other-tab': 'Your journal was locked from another tab or window.',
  manual: 'Your journal is locked.',
} as const;

/**
 * Unlocking: pick your journal by the name you gave it (nothing else of anyone's journal
 * shows here), then your passphrase or recovery key.
 */
export function UnlockVault({
  vaults,
  title = 'Journal',
}: {
  vaults: readonly Vault[];
  /** The screen's heading: the journal's, or another private section's (action cards). */
  title?: string;
}) {
  const { ui } = useAppState();
  const [vaultId, setVaultId] = useState(vaults[0]!.id);
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [isWorking, setWorking] = useState(false);
  const [isWrong, setWrong] = useState(false);
  const [isKdfUnavailable, setKdfUnavailable] = useState(false);
  const vault = vaults.find((v) => v.id === vaultId) ?? vaults[0]!;
  const reason = vaultSession.lastLockReason.value;

  async function submit(event: Event) {
    event.preventDefault();
    if (!secret || isWorking) return;
    setWorking(true);
    setWrong(false);
    try {
      const stored = await readVault(vault.id);
      const key = useRecovery
        ? await unlockWithRecoveryKey(stored, secret)
        : await unlockWithPassphrase(stored, secret);
      setSecret('');
      vaultSession.unlock(vault.id, createSealer(key, vault.id));
      if (!useRecovery) strengthenInBackground(stored, secret);
      else {
        ui.notify(
          'Opened with your recovery key. If you have forgotten your passphrase, set a new one.',
          {
            action: { label: 'Set a new passphrase', run: () => navigate('journal', 'backup') },
          },
        );
      }
    } catch (error) {
      if (error instanceof WrongPassphraseError) setWrong(true);
      else if (error instanceof KdfUnavailableError) {
        // The recovery key needs no key derivation: offer it straight away.
        setKdfUnavailable(true);
        setUseRecovery(true);
        setSecret('');
      } else ui.reportError(error, 'unlock the journal');
    } finally {
      setWorking(false);
    }
  }

  const what = useRecovery ? 'recovery key' : 'passphrase';
  return (
    <div class="screen stack">
      <header>
        <h1>{title}</h1>
        <p class="lede">{reason ? LOCK_MESSAGES[reason] : 'Your journal is locked.'}</p>
      </header>
      <section class="card" aria-labelledby="unlock-heading">
        <h2 id="unlock-heading">Unlock your journal</h2>
        <form class="stack" onSubmit={(event) => void submit(event)}>
          {vaults.length > 1 && (
            <fieldset class="stack">
              <legend>Whose journal?</legend>
              {vaults.map((v) => (
                <div class="field-inline" key={v.id}>
                  <input
                    type="radio"
                    id={`vault-${v.id}`}
                    name="vault"
                    checked={v.id === vault.id}
                    onChange={() => {
                      setVaultId(v.id);
                      setWrong(false);
                    }}
                  />
                  <label htmlFor={`vault-${v.id}`}>{v.label || 'Journal'}</label>
                </div>
              ))}
            </fieldset>
          )}
          <JournalSecretField
            id="unlock"
            isRecoveryKey={useRecovery}
            value={secret}
            onInput={setSecret}
          />
          {isKdfUnavailable && (
            <p class="form-error" role="alert">
              {KDF_UNAVAILABLE_MESSAGE} Enter it in the Recovery key field; then set a new
              passphrase, which will work in this browser.
            </p>
          )}
          {isWrong && (
            <p class="form-error" role="alert">
              That {what} does not open this journal. Check it and try again: nothing has been
              changed.
            </p>
          )}
          <div class="row">
            <button type="submit" class="btn btn-primary" disabled={isWorking}>
              {isWorking ? 'Unlocking…' : 'Unlock'}
            </button>
            <button
              type="button"
              class="btn btn-quiet"
              onClick={() => {
                setUseRecovery(!useRecovery);
                setSecret('');
                setWrong(false);
              }}
            >
              {useRecovery ? 'Use my passphrase instead' : 'Use my recovery key instead'}
            </button>
          </div>
        </form>
      </section>
      <CannotOpen vault={vault} isLast={vaults.length === 1} />
      <p class="row">
        <a class="btn btn-quiet" href={hrefFor('journal', 'setup')}>
          Set up another journal on this device
        </a>
        <a class="btn btn-quiet" href={hrefFor('journal', 'restore')}>
          Restore from a backup
        </a>
      </p>
    </div>
  );
}

/**
 * The way out when both the passphrase and the recovery key are lost: nobody can open the
 * journal, so its owner may delete it (and only it) and start again.
 */
function CannotOpen({ vault, isLast }: { vault: Vault; isLast: boolean }) {
  const { ui } = useAppState();
  const [isOpen, setOpen] = useState(false);
  const name = vault.label || 'this journal';

  async function confirm() {
    try {
      await deleteVault(vault.id);
      // Not "vanished": its owner deleted it.
      if (isLast) forgetJournalExisted();
      setOpen(false);
      ui.notify(`The journal “${name}” has been deleted from this device.`, { tone: 'success' });
    } catch (error) {
      ui.reportError(error, 'delete the journal');
    }
  }

  return (
    <details class="card">
      <summary>Lost both your passphrase and your recovery key?</summary>
      <div class="stack">
        <p>
          Then nobody can open this journal: not us, not your employer, not anyone. A backup opens
          only with the same passphrase or recovery key, so it cannot help either.
        </p>
        <p>
          You can delete the journal “{name}” from this device, with everything in it, and set up a
          new one. Other journals on this device are not touched.
        </p>
        <div class="row">
          <button type="button" class="btn btn-danger" onClick={() => setOpen(true)}>
            Delete this journal…
          </button>
        </div>
      </div>
      <ConfirmByTyping
        title={`Delete the journal “${name}”?`}
        isOpen={isOpen}
        onClose={() => setOpen(false)}
        onConfirm={() => void confirm()}
        confirmLabel="Delete this journal"
        keepLabel="Keep it"
      >
        <p>It will be deleted for good. Nothing else on this device changes.</p>
      </ConfirmByTyping>
    </details>
  );
}
