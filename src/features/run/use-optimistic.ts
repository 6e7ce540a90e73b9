import { useEffect, useState } from 'preact/hooks';

/**
 * A stored value shown as changed at once, before the write comes back through the live
 * query: a checkbox must not flick back while its change is being saved.
 */
export function useOptimistic<T>(stored: T): [T, (next: T) => void] {
  const [shown, setShown] = useState(stored);
  useEffect(() => setShown(stored), [stored]);
  return [shown, setShown];
}
