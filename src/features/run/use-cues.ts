import { computed, effect, type ReadonlySignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { playTone, vibrate } from './cues';
import type { RunFigures } from './run-figures';

/**
 * Sounds and vibrates once as a phase reaches two minutes left and its end, in the tab that
 * controls the run. A late tab (asleep, hidden) cues when it next looks; opening or
 * reloading the screen does not replay a cue already given. Returns what the polite status
 * region says: the phase, or the cue — never every second (R-5.7).
 */
export function useCues(
  figures: RunFigures,
  isController: boolean,
  isSoundOn: boolean,
): ReadonlySignal<string> {
  const key = useMemo(
    () => computed(() => `${figures.phaseId.value}:${figures.cue.value}`),
    [figures],
  );
  const last = useRef<string | null>(null);
  const settings = useRef({ isController, isSoundOn });
  settings.current = { isController, isSoundOn };

  // At once as the cue changes (not on the next frame), in whatever woke the clock.
  useEffect(
    () =>
      effect(() => {
        const current = key.value;
        const previous = last.current;
        last.current = current;
        if (previous === null || previous === current) return;
        const kind = figures.cue.peek();
        if (!settings.current.isController || figures.status.peek() !== 'running') return;
        if (kind === 'none') return;
        if (settings.current.isSoundOn) playTone(kind);
        vibrate();
      }),
    [key, figures],
  );

  return useMemo(
    () =>
      computed(() => {
        const status = figures.status.value;
        const kind = figures.cue.value;
        if (status === 'ready') return 'Ready to start.';
        if (status === 'finished') return 'The workshop has ended.';
        if (status === 'paused') return 'Paused.';
        if (kind === 'soon') return 'Two minutes left in this phase.';
        if (kind === 'over') return 'Time is up for this phase.';
        return `Now: ${figures.phaseTitle.value}.`;
      }),
    [figures],
  );
}
