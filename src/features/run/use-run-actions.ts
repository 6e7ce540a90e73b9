import { useState } from 'preact/hooks';
import { systemClock } from '../../domain/clock';
import type { EpochMs, RunTiming } from '../../domain/types';
import type { RunChange } from './run-data';

type TimingStep = (timing: RunTiming, now: EpochMs) => RunTiming;

export interface RunActions {
  /** A tap handler that changes the timing, and can be undone once. */
  act: (label: string, step: TimingStep) => () => void;
  /** The last control, which Undo takes back. */
  undoLabel: string | null;
  undo: () => void;
}

/**
 * The facilitator's controls on the clock, wherever they sit on the screen (the clock bar or
 * the controls below): every one can be undone once, the timing before it coming
 * back as it was.
 */
export function useRunActions(timing: RunTiming, onChange: (apply: RunChange) => void) {
  const [last, setLast] = useState<{ label: string; timing: RunTiming } | null>(null);
  const actions: RunActions = {
    act: (label, step) => () => {
      // The moment of the tap is the moment that counts, however long the save takes.
      const now = systemClock.now();
      setLast({ label, timing });
      onChange((run) => ({ timing: step(run.timing, now) }));
    },
    undoLabel: last?.label ?? null,
    undo: () => {
      if (!last) return;
      setLast(null);
      onChange(() => ({ timing: last.timing }));
    },
  };
  return actions;
}
