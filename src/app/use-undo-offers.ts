import { useEffect, useRef } from 'preact/hooks';
import { useAppState } from './app-state';

/**
 * Undo offers that belong to one screen, for changes made to what is open in it (an action
 * removed from a card being edited). They go when the screen does (leaving it, a lock):
 * undoing after that would write over whatever replaced it. Messages name what happened,
 * never what the user wrote.
 */
export function useUndoOffers() {
  const { ui } = useAppState();
  const offered = useRef(new Set<number>());

  useEffect(
    () => () => {
      for (const id of offered.current) ui.dismiss(id);
    },
    [ui],
  );

  return function offerUndo(message: string, undo: () => void): void {
    const id = ui.notify(message, {
      action: {
        label: 'Undo',
        run: () => {
          offered.current.delete(id);
          undo();
        },
      },
    });
    offered.current.add(id);
  };
}
