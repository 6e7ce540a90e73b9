import { useState } from 'preact/hooks';
import { useAppState } from '../app/app-state';
import { formatLongDate } from '../ui/dates';
import type { Vault } from '../vault/vault';
import { ConfirmByTyping } from '../ui/ConfirmByTyping';
import { forgetJournalExisted } from './vaults';
import { deleteVault } from './private-data';
import { Button } from '../ui/Button';

/**
 * The way out when both the passphrase and the recovery key are lost: nobody can open the
 * journal, so it may be deleted (and only it) to start again. Nothing proves who is asking,
 * so the journal is named with the day it was made, and its name must be typed: on a shared
 * tablet, nobody deletes a colleague's journal by picking the wrong one. The date shows only
 * once this part is opened: until then the unlock screen shows nothing but names.
 */
export function CannotOpen({ vault, isLast }: { vault: Vault; isLast: boolean }) {
  const { ui } = useAppState();
  const [isExpanded, setExpanded] = useState(false);
  const [isOpen, setOpen] = useState(false);
  const name = vault.label || 'Journal';
  const made = formatLongDate(vault.createdAt);

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
    <details class="card" onToggle={(event) => setExpanded(event.currentTarget.open)}>
      <summary>Lost both your passphrase and your recovery key?</summary>
      {isExpanded && <LostKeysBody name={name} made={made} onDelete={() => setOpen(true)} />}
      {isExpanded && (
        <ConfirmByTyping
          title={`Delete the journal “${name}”?`}
          isOpen={isOpen}
          onClose={() => setOpen(false)}
          onConfirm={() => void confirm()}
          confirmLabel="Delete this journal"
          keepLabel="Keep it"
          word={name}
          wordIs="the journal’s name"
        >
          <p>
            The journal “{name}”, made on {made}, will be deleted for good, with its entries, drafts
            and action cards. Nothing else on this device changes.
          </p>
        </ConfirmByTyping>
      )}
    </details>
  );
}

function LostKeysBody(props: { name: string; made: string; onDelete: () => void }) {
  return (
    <div class="stack">
      <p>
        Then nobody can open this journal: not us, not your employer, not anyone. A backup opens
        only with the same passphrase or recovery key, so it cannot help either.
      </p>
      <p>
        You can delete the journal “{props.name}”, made on {props.made}, from this device, with
        everything in it, and set up a new one. Other journals on this device are not touched. Make
        sure it is yours.
      </p>
      <div class="row">
        <Button variant="danger" onClick={props.onDelete}>
          Delete this journal…
        </Button>
      </div>
    </div>
  );
}
