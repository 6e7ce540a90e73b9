import { deleteWithUndo } from '../../app/delete-with-undo';
import type { UiStore } from '../../app/ui-store';
import { restoreSnapshot, type Snapshot } from '../../db/snapshot';

/**
 * Deletes plan material with an Undo that puts back every row the delete changed; moves to
 * `then`, if given, and offers the Undo there.
 */
export function deletePlanWithUndo(
  ui: UiStore,
  what: string,
  remove: () => Promise<Snapshot>,
  then?: readonly [section: string, ...params: string[]],
): Promise<boolean> {
  return deleteWithUndo(
    ui,
    what,
    async () => {
      const snapshot = await remove();
      return () => restoreSnapshot(snapshot);
    },
    then,
  );
}
