// "Undo restore": the journal goes back to its safety copy, and the open journal and action
// cards are read again so nothing on screen is from the restore any more.
import type { UiStore } from '../../app/ui-store';
import { undoRestore } from '../../db/journal';
import type { VaultId } from '../../domain/types';
import type { PrivateStores } from '../../private/stores';

export async function undoLastRestore(
  stores: PrivateStores,
  ui: UiStore,
  vaultId: VaultId,
): Promise<void> {
  try {
    if (!(await undoRestore(vaultId))) {
      ui.notify('There is no restore to undo any more.');
      return;
    }
    if (stores.vaultSession.unlockedId.peek() === vaultId) await reopen(stores, vaultId);
    ui.notify('Restore undone: your journal is as it was before.', { tone: 'success' });
  } catch (error) {
    ui.reportError(error, 'undo the restore');
  }
}

/** Reads the unlocked journal and its action cards again, after a restore or its undo. */
export async function reopen(stores: PrivateStores, vaultId: VaultId): Promise<void> {
  await Promise.all([stores.journal.load(vaultId), stores.actionCards.load(vaultId)]);
}
