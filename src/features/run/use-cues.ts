import { useEffect, useRef } from 'preact/hooks';
import { cueFor, type RunView } from '../../domain/run-timer';
import { playTone, vibrate } from './cues';

/**
 * Sounds and vibrates once as a phase reaches two minutes left and its end, in the tab that
 * controls the run. A late tab (asleep, hidden) cues when it next looks; opening or
 * reloading the screen does not replay a cue already given. Returns what the polite status
 * region says: the phase, or the cue — never every second (R-5.7).
 */
export function useCues(view: RunView, isController: boolean, isSoundOn: boolean): string {
  const cue = cueFor(view);
  const key = `${view.current?.id ?? ''}:${cue}`;
  const last = useRef<string | null>(null);

  useEffect(() => {
    const previous = last.current;
    last.current = key;
    if (previous === null || previous === key) return;
    if (!isController || view.status !== 'running' || cue === 'none') return;
    if (isSoundOn) playTone(cue);
    vibrate();
  }, [key, cue, isController, isSoundOn, view.status]);

  if (view.status === 'ready') return 'Ready to start.';
  if (view.status === 'finished') return 'The workshop has ended.';
  if (view.status === 'paused') return 'Paused.';
  if (cue === 'soon') return 'Two minutes left in this phase.';
  if (cue === 'over') return 'Time is up for this phase.';
  return `Now: ${view.current?.title ?? ''}.`;
}
