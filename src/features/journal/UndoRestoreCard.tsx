import { useAppState } from '../../app/app-state';
import { discardRestoreSafety, useRestoreSafetyMadeAt } from './journal-data';
import { formatClockTime, formatMediumDate } from '../../ui/dates';
import { usePrivateStores } from '../../private/stores';
import type { Vault } from '../../vault/vault';
import { undoLastRestore } from './undo-restore';
import { Button } from '../../ui/Button';

/**
 * While the safety copy from a replacing restore is kept: when it was made, a way back to
 * the journal as it was, and a way to let it go.
 */
export function UndoRestoreCard({ vault }: { vault: Vault }) {
  const { ui } = useAppState();
  const stores = usePrivateStores();
  const madeAt = useRestoreSafetyMadeAt(vault.id);
  if (!madeAt.value) return null;
  const when = `${formatMediumDate(madeAt.value)} at ${formatClockTime(madeAt.value)}`;
  return (
    <section class="card stack" aria-labelledby="undo-restore-heading">
      <h2 id="undo-restore-heading">Undo the last restore</h2>
      <p>
        On {when} a backup replaced this journal. The journal as it was just before is kept on this
        device, encrypted, until you let it go.
      </p>
      <div class="row">
        <Button onClick={() => void undoLastRestore(stores, ui, vault.id)}>Undo restore</Button>
        <Button
          variant="quiet"
          onClick={() =>
            discardRestoreSafety(vault.id).then(
              () => ui.notify('The copy from before the restore has been deleted.'),
              (error: unknown) => ui.reportError(error, 'delete the copy'),
            )
          }
        >
          Keep the restore and delete the copy
        </Button>
      </div>
    </section>
  );
}
