// Which tabs are busy (a workshop running, a draft being typed, an import under way), so an
// app update is never applied under someone's work. Each busy reason is a shared
// Web Lock held by its tab: the browser releases it if the tab dies, and any tab can see
// every held lock with navigator.locks.query().
import { computed, signal } from '@preact/signals';

export type BusyReason = 'workshop' | 'draft' | 'import' | 'backup';

const PREFIX = 'breathing-space:busy:';

/** Tracks this tab's busy reasons and reads other tabs'. */
export function createBusyStore(locks: LockManager | undefined = globalThis.navigator?.locks) {
  const tabId = Math.random().toString(36).slice(2);
  const reasons = signal<ReadonlySet<BusyReason>>(new Set());
  const releases = new Map<BusyReason, () => void>();

  function hold(reason: BusyReason): () => void {
    if (!releases.has(reason)) {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      void locks?.request(`${PREFIX}${reason}:${tabId}`, { mode: 'shared' }, () => held);
      releases.set(reason, release);
      reasons.value = new Set([...reasons.value, reason]);
    }
    return () => {
      releases.get(reason)?.();
      releases.delete(reason);
      const next = new Set(reasons.value);
      next.delete(reason);
      reasons.value = next;
    };
  }

  async function othersBusy(): Promise<BusyReason[]> {
    if (!locks) return [];
    const { held = [] } = await locks.query();
    return held
      .map((lock) => lock.name ?? '')
      .filter((name) => name.startsWith(PREFIX) && !name.endsWith(`:${tabId}`))
      .map((name) => name.slice(PREFIX.length).split(':')[0] as BusyReason);
  }

  return { reasons, isBusy: computed(() => reasons.value.size > 0), hold, othersBusy };
}

export type BusyStoreInstance = ReturnType<typeof createBusyStore>;

/** Plain words for why another tab cannot be updated yet. */
export function describeBusy(reasons: readonly BusyReason[]): string {
  if (reasons.includes('workshop')) return 'a workshop is running in another tab or window';
  if (reasons.includes('import')) return 'an import is under way in another tab or window';
  if (reasons.includes('backup')) return 'a backup or restore is under way in another tab';
  return 'an entry is being written in another tab or window';
}
