import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { formatLongDate } from '../../ui/dates';
import { ConfirmByTyping } from '../../ui/ConfirmByTyping';
import { forgetJournalExisted, useVaults } from '../../private/vaults';
import { usePrivateStores } from '../../private/stores';
import { deleteAllPrivateData } from '../../private/private-data';
import { Button } from '../../ui/Button';

/**
 * Deleting every journal on this device: for a device being handed back or wiped. It
 * names each journal, and says that other people's go too, so nobody mistakes it for
 * deleting their own (which is in the journal's Backup and security). Group material stays.
 */
export function DeleteAllJournalsSection() {
  const { vaultSession } = usePrivateStores();
  const { ui } = useAppState();
  const vaults = useVaults();
  const [isOpen, setOpen] = useState(false);
  const journals = [...vaults.value].sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  const count = journals.length;

  async function confirm() {
    try {
      await vaultSession.lock('manual');
      await deleteAllPrivateData();
      forgetJournalExisted();
      setOpen(false);
      ui.notify('Every journal on this device has been deleted.', { tone: 'success' });
    } catch (error) {
      ui.reportError(error, 'delete the journals');
    }
  }

  return (
    <section class="card stack" aria-labelledby="delete-all-heading">
      <h2 id="delete-all-heading">Delete every journal on this device</h2>
      {!vaults.isLoaded ? (
        <p class="muted">Looking for journals…</p>
      ) : count === 0 ? (
        <p>There are no journals on this device.</p>
      ) : (
        <>
          <p>
            {count === 1
              ? 'This device has one journal:'
              : `This device has ${count} journals, which may belong to different people:`}
          </p>
          <ul data-testid="journals-on-device">
            {journals.map((vault) => (
              <li key={vault.id}>
                “{vault.label || 'Journal'}”, made on {formatLongDate(vault.createdAt)}
              </li>
            ))}
          </ul>
          <p>
            This deletes <strong>all of them</strong>, other people’s too, with their entries,
            drafts and action cards. Nobody is asked for a passphrase. Group plans, workshops and
            reading are kept. It cannot be undone: only a backup file could bring a journal back.
          </p>
          <p class="hint">
            To delete only your own journal, open it and go to Backup and security.
          </p>
          <div class="row">
            <Button variant="danger" onClick={() => setOpen(true)}>
              Delete every journal…
            </Button>
          </div>
        </>
      )}
      <ConfirmByTyping
        title="Delete every journal on this device?"
        isOpen={isOpen}
        onClose={() => setOpen(false)}
        onConfirm={() => void confirm()}
        confirmLabel={count === 1 ? 'Delete the journal' : `Delete all ${count} journals`}
        keepLabel="Keep them"
      >
        <p>
          {count === 1 ? 'The journal' : `All ${count} journals`} on this device will be deleted for
          good, whoever they belong to:{' '}
          {journals.map((vault) => `“${vault.label || 'Journal'}”`).join(', ')}.
        </p>
      </ConfirmByTyping>
    </section>
  );
}
