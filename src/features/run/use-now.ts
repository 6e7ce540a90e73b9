import { signal, useSignal, type ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import { systemClock, type Clock } from '../../domain/clock';

const TICK_MS = 500;

/**
 * The time now as a signal, looked at twice a second while shown but published once a
 * second (when the second changes), and at once when the page is seen again (a tablet
 * waking, a tab brought forward). Every number shown is computed from timestamps, so
 * a figure is at most half a second behind; publishing only when the second turns
 * halves the redrawing a tick costs a modest tablet. The tick only prompts a redraw of what
 * reads it (the figures, not the screens around them).
 */
export function useNow(clock: Clock = systemClock): ReadonlySignal<number> {
  const now = useSignal(clock.now());
  useEffect(() => {
    const update = () => (now.value = clock.now());
    const tick = () => {
      const time = clock.now();
      if (Math.floor(time / 1000) !== Math.floor(now.peek() / 1000)) now.value = time;
    };
    const timer = setInterval(tick, TICK_MS);
    const events = ['visibilitychange', 'focus', 'pageshow'] as const;
    for (const name of events) addEventListener(name, update);
    document.addEventListener('visibilitychange', update);
    return () => {
      clearInterval(timer);
      for (const name of events) removeEventListener(name, update);
      document.removeEventListener('visibilitychange', update);
    };
  }, [clock, now]);
  return now;
}

/** The run screen's one ticking clock, shared with the scaffolds that show a time. */
export const RunNowContext = createContext<ReadonlySignal<number>>(signal(systemClock.now()));

export function useRunNow(): ReadonlySignal<number> {
  return useContext(RunNowContext);
}
