import { useEffect, useState } from 'preact/hooks';
import { systemClock, type Clock } from '../../domain/clock';

const TICK_MS = 500;

/**
 * The time now, refreshed twice a second while shown, and at once when the page is seen
 * again (a tablet waking, a tab brought forward). The tick only prompts a redraw: every
 * number shown is computed from timestamps.
 */
export function useNow(clock: Clock = systemClock): number {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const update = () => setNow(clock.now());
    const timer = setInterval(update, TICK_MS);
    const events = ['visibilitychange', 'focus', 'pageshow'] as const;
    for (const name of events) addEventListener(name, update);
    document.addEventListener('visibilitychange', update);
    return () => {
      clearInterval(timer);
      for (const name of events) removeEventListener(name, update);
      document.removeEventListener('visibilitychange', update);
    };
  }, [clock]);
  return now;
}
