import type { UiStore } from '../../app/ui-store';
import { restoreSnapshot, type Snapshot } from '../../db/snapshot';

/**
 * Runs a delete and offers to undo it. The message names what kind of thing went, never
 * what the user called it.
 */
export async function deleteWithUndo(
  ui: UiStore,
  what: string,
  remove: () => Promise<Snapshot>,
): Promise<boolean> {
  try {
    const snapshot = await remove();
    ui.notify(`${what} deleted.`, {
      action: {
        label: 'Undo',
        run: () => {
          restoreSnapshot(snapshot).then(
            () => ui.notify(`${what} restored.`, { tone: 'success' }),
            (error: unknown) => ui.reportError(error, 'undo the delete'),
          );
        },
      },
    });
    return true;
  } catch (error) {
    ui.reportError(error, `delete the ${what.toLowerCase()}`);
    return false;
  }
}
