import { deleteWithUndo } from '../../app/delete-with-undo';
import type { UiStore } from '../../app/ui-store';
import { restoreSnapshot, type Snapshot } from '../../db/snapshot';

/** Deletes plan material with an Undo that puts back every row the delete changed. */
export function deletePlanWithUndo(
  ui: UiStore,
  what: string,
  remove: () => Promise<Snapshot>,
): Promise<boolean> {
  return deleteWithUndo(ui, what, async () => {
    const snapshot = await remove();
    return () => restoreSnapshot(snapshot);
  });
}
