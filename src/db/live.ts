// The one bridge from Dexie live queries to Preact. Dexie re-runs the query whenever a
// table it read changes, in this tab or another, so open tabs stay in step.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  value: T;
  /** False until the first result arrives, so screens can tell "loading" from "empty". */
  isLoaded: boolean;
  error: unknown;
}

/** Subscribes to a query for as long as the component is mounted; re-subscribes on deps. */
export function useLiveQuery<T, I = undefined>(
  querier: () => Promise<T>,
  deps: readonly unknown[],
  initial?: I,
): LiveResult<T | I> {
  const [result, setResult] = useState<LiveResult<T | I>>({
    value: initial as I,
    isLoaded: false,
    error: undefined,
  });
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setResult({ value, isLoaded: true, error: undefined }),
      error: (error: unknown) => setResult((prev) => ({ ...prev, isLoaded: true, error })),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists the deps
  }, deps);
  return result;
}
