import { useState } from 'preact/hooks';
import { useAppState } from '../app/app-state';
import { hrefFor, navigate } from '../app/router';
import { KdfUnavailableError, kdfUnavailableMessage, WrongPassphraseError } from '../vault/errors';
import { createSealer } from '../vault/sealer';
import { isWeakerThanCurrent, newKdfParams } from '../vault/kdf';
import {
  changePassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type Vault,
} from '../vault/vault';
import { CannotOpen } from './CannotOpen';
import { JournalSecretField, SecretKindToggle } from '../ui/PassphraseField';
import { readVault } from './vaults';
import { usePrivateStores } from './stores';
import { putVaultHeader } from './private-data';
import { Button } from '../ui/Button';
import { ScreenHeader } from '../ui/ScreenHeader';

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
  const { vaultSession } = usePrivateStores();
  const { ui } = useAppState();
  const [vaultId, setVaultId] = useState(vaults[0]!.id);
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [isWorking, setWorking] = useState(false);
  const [isWrong, setWrong] = useState(false);
  const [kdfProblem, setKdfProblem] = useState('');
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
        setKdfProblem(kdfUnavailableMessage(error));
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
      <ScreenHeader title={title}>
        <p class="lede">{reason ? LOCK_MESSAGES[reason] : 'Your journal is locked.'}</p>
      </ScreenHeader>
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
                      setKdfProblem('');
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
          {kdfProblem && (
            <p class="form-error" role="alert">
              {kdfProblem} Enter it in the Recovery key field; then set a new passphrase, which will
              work here.
            </p>
          )}
          {isWrong && (
            <p class="form-error" role="alert">
              That {what} does not open this journal. Check it and try again: nothing has been
              changed.
            </p>
          )}
          <div class="row">
            <Button variant="primary" type="submit" disabled={isWorking}>
              {isWorking ? 'Unlocking…' : 'Unlock'}
            </Button>
            <SecretKindToggle
              isRecoveryKey={useRecovery}
              onToggle={() => {
                setUseRecovery(!useRecovery);
                setSecret('');
                setWrong(false);
              }}
            />
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
