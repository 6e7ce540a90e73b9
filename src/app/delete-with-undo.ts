import type { UiStore } from './ui-store';

/**
 * Runs a delete and offers to undo it. `remove` deletes and returns what puts it back. The
 * message names what kind of thing went ("Entry"), never what the user called it.
 * Returns whether the delete happened.
 */
export async function deleteWithUndo(
  ui: UiStore,
  what: string,
  remove: () => Promise<() => Promise<unknown>>,
): Promise<boolean> {
  try {
    const undo = await remove();
    ui.notify(`${what} deleted.`, {
      action: {
        label: 'Undo',
        run: () =>
          void undo().then(
            () => ui.notify(`${what} restored.`, { tone: 'success' }),
            (error: unknown) => ui.reportError(error, 'undo the delete'),
          ),
      },
    });
    return true;
  } catch (error) {
    ui.reportError(error, `delete the ${what.toLowerCase()}`);
    return false;
  }
}
