// A live query for the app's first screen, which paints before the database code (Dexie,
// the largest part of the app) has arrived: the query and Dexie load beside the screen, not
// ahead of it, and the result follows. Elsewhere, db/live.ts is simpler.
import { useEffect, useState } from 'preact/hooks';
import type { LiveResult } from './live';

/** Like useLiveQuery, with a querier whose module is loaded on demand. */
export function useDeferredLiveQuery<T, I>(
  loadQuerier: () => Promise<() => Promise<T>>,
  initial: I,
): LiveResult<T | I> {
  const [result, setResult] = useState<LiveResult<T | I>>({
    value: initial,
    isLoaded: false,
    error: undefined,
  });
  useEffect(() => {
    let isSubscribed = true;
    let unsubscribe = () => {
      isSubscribed = false;
    };
    Promise.all([import('dexie'), loadQuerier()]).then(
      ([{ liveQuery }, querier]) => {
        if (!isSubscribed) return;
        const subscription = liveQuery(querier).subscribe({
          next: (value) => setResult({ value, isLoaded: true, error: undefined }),
          error: (error: unknown) => setResult((prev) => ({ ...prev, isLoaded: true, error })),
        });
        unsubscribe = () => subscription.unsubscribe();
      },
      (error: unknown) => isSubscribed && setResult((prev) => ({ ...prev, isLoaded: true, error })),
    );
    return () => unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- loaded once, for the screen's life
  }, []);
  return result;
}
