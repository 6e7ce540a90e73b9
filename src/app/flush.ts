// Work that must be saved before this tab closes its database or reloads: drafts in
// editors register here, and the app calls flushAll() before it steps aside.
export type Flusher = () => Promise<void>;

export function createFlushRegistry() {
  const flushers = new Set<Flusher>();
  return {
    /** Registers a saver; returns a function that removes it. */
    register(flusher: Flusher): () => void {
      flushers.add(flusher);
      return () => flushers.delete(flusher);
    },
    async flushAll(): Promise<void> {
      await Promise.allSettled([...flushers].map((flush) => flush()));
    },
  };
}
