import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import { formatLongDate } from '../../ui/dates';
import { Dialog } from '../../ui/Dialog';
import {
  KdfUnavailableError,
  kdfUnavailableMessage,
  WrongPassphraseError,
} from '../../vault/errors';
import { unlockWithPassphrase, unlockWithRecoveryKey, type Vault } from '../../vault/vault';
import { JournalSecretField, SecretKindToggle } from '../../ui/PassphraseField';
import { forgetJournalExisted, readVault } from '../../private/vaults';
import { usePrivateStores } from '../../private/stores';
import { deleteVault, listVaultHeaders } from '../../private/private-data';
import { Button } from '../../ui/Button';

/**
 * Deleting the open journal, the usual way: this one only, and only with its passphrase or
 * recovery key, so a journal left open on a shared tablet cannot be deleted by whoever
 * picks it up. Every other journal on the device is left as it is.
 */
export function DeleteJournal({ vault }: { vault: Vault }) {
  const [isOpen, setOpen] = useState(false);
  const name = vault.label || 'Journal';
  return (
    <section class="card stack" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete this journal</h2>
      <p>
        Deletes the journal “{name}”, made on {formatLongDate(vault.createdAt)}, from this device,
        with its entries, drafts and action cards. Other journals on this device are not touched.
        This cannot be undone: only a backup file could bring it back.
      </p>
      <p class="hint">
        Deleting every journal on this device, other people’s too, is in{' '}
        <a href={hrefFor('settings')}>Settings</a>.
      </p>
      <div class="row">
        <Button variant="danger" onClick={() => setOpen(true)}>
          Delete this journal…
        </Button>
      </div>
      <Dialog
        title={`Delete the journal “${name}”?`}
        isOpen={isOpen}
        onClose={() => setOpen(false)}
      >
        {isOpen && <ConfirmWithSecret vault={vault} onKeep={() => setOpen(false)} />}
      </Dialog>
    </section>
  );
}

/** The journal's own passphrase or recovery key, checked before anything is deleted. */
function ConfirmWithSecret({ vault, onKeep }: { vault: Vault; onKeep: () => void }) {
  const { vaultSession } = usePrivateStores();
  const { ui } = useAppState();
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [problem, setProblem] = useState('');
  const [isWorking, setWorking] = useState(false);
  const name = vault.label || 'Journal';
  const what = useRecovery ? 'recovery key' : 'passphrase';

  async function submit(event: Event) {
    event.preventDefault();
    if (!secret || isWorking) return;
    setWorking(true);
    setProblem('');
    try {
      const stored = await readVault(vault.id);
      await (useRecovery
        ? unlockWithRecoveryKey(stored, secret)
        : unlockWithPassphrase(stored, secret));
    } catch (error) {
      setWorking(false);
      if (error instanceof WrongPassphraseError) {
        return setProblem(`That ${what} does not open this journal. Nothing has been deleted.`);
      }
      if (error instanceof KdfUnavailableError) {
        setUseRecovery(true);
        setSecret('');
        return setProblem(
          `${kdfUnavailableMessage(error)} Enter it below. Nothing has been deleted.`,
        );
      }
      return ui.reportError(error, 'check the passphrase');
    }
    setSecret('');
    try {
      // Lock first: editors save their drafts before the key goes, so none is written
      // after the journal is deleted.
      await vaultSession.lock('manual');
      await deleteVault(vault.id);
      if ((await listVaultHeaders()).length === 0) forgetJournalExisted();
      ui.notify(`The journal “${name}” has been deleted from this device.`, { tone: 'success' });
      navigate('journal');
    } catch (error) {
      ui.reportError(error, 'delete the journal');
    }
  }

  return (
    <form class="stack" onSubmit={(event) => void submit(event)} noValidate>
      <p>
        It will be deleted from this device for good, with everything in it. To confirm that it is
        yours, enter its {what}.
      </p>
      <JournalSecretField
        id="delete"
        isRecoveryKey={useRecovery}
        passphraseLabel="This journal’s passphrase"
        value={secret}
        onInput={setSecret}
      />
      <div class="row">
        <SecretKindToggle
          isRecoveryKey={useRecovery}
          whose="the"
          onToggle={() => {
            setUseRecovery(!useRecovery);
            setSecret('');
            setProblem('');
          }}
        />
      </div>
      {problem && (
        <p class="form-error" role="alert">
          {problem}
        </p>
      )}
      <div class="row">
        <Button variant="danger" type="submit" disabled={isWorking || !secret}>
          {isWorking ? 'Checking…' : 'Delete this journal'}
        </Button>
        <Button onClick={onKeep}>Keep it</Button>
      </div>
    </form>
  );
}
