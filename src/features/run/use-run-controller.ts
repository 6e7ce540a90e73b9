import { useEffect, useState } from 'preact/hooks';
import type { RunId } from '../../domain/types';

/**
 * Which tab controls a run: `controller` holds the run's Web Lock; a `viewer` waits in
 * line and shows the run read-only; `free` means the controlling tab has gone and this
 * one now holds the lock, ready to take over. The browser frees the lock if the
 * controlling tab closes or crashes.
 */
export type ControlRole = 'checking' | 'controller' | 'viewer' | 'free';

/**
 * How long a tab that finds the lock freed waits before offering to take over: the
 * controlling tab may only be reloading, and takes control back within this time.
 */
const RELOAD_GRACE_MS = 3_000;

function controllerLockName(id: RunId): string {
  return `breathing-space-run-${id}`;
}

/**
 * A note, kept by this tab alone (sessionStorage survives a reload, and is not shared with
 * other tabs), that it controls the run: after a reload it takes control back.
 */
const controlMark = (id: RunId) => `breathing-space-controls-run-${id}`;

function markControl(id: RunId, isControlling: boolean) {
  try {
    if (isControlling) sessionStorage.setItem(controlMark(id), '1');
    else sessionStorage.removeItem(controlMark(id));
  } catch {
    // Storage refused (a private window, say): a reload then waits like any other tab.
  }
}

/** Whether this page is the controlling tab, reloaded (not a copy of it: a duplicated tab is not a reload). */
function isReloadOfController(id: RunId): boolean {
  try {
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    return navigation?.type === 'reload' && sessionStorage.getItem(controlMark(id)) === '1';
  } catch {
    return false;
  }
}

export function useRunController(
  id: RunId,
  isNeeded: boolean,
  locks: LockManager | undefined = globalThis.navigator?.locks,
) {
  const [role, setRole] = useState<ControlRole>('checking');

  useEffect(() => {
    if (!isNeeded) return undefined;
    // Without Web Locks (very old browsers) this tab simply controls.
    if (!locks) {
      setRole('controller');
      return undefined;
    }
    let isActive = true;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const waiting = new AbortController();
    const name = controllerLockName(id);
    let offerTimer: ReturnType<typeof setTimeout> | undefined;

    const control = async () => {
      if (!isActive) return;
      setRole('controller');
      markControl(id, true);
      await held;
    };

    /** Waits in line, read-only, until the lock is free; then offers to take over. */
    async function waitInLine() {
      // No longer in control (if it ever was): a reload of this tab must not take it back.
      markControl(id, false);
      while (isActive) {
        setRole('viewer');
        try {
          await locks!.request(name, { signal: waiting.signal }, async () => {
            if (!isActive) return;
            offerTimer = setTimeout(() => isActive && setRole('free'), RELOAD_GRACE_MS);
            await held;
          });
          return;
        } catch {
          // Stopped, or the controlling tab came back from a reload and took the lock back:
          // wait in line again.
          clearTimeout(offerTimer);
        }
      }
    }

    async function start() {
      try {
        if (isReloadOfController(id)) {
          // This tab controlled the run before its reload: it takes control back from any
          // tab that picked up the lock meanwhile (that one goes back to waiting in line).
          await locks!.request(name, { steal: true }, control);
          return;
        }
        const isTaken = await locks!.request(name, { ifAvailable: true }, async (lock) => {
          if (!lock) return true;
          await control();
          return false;
        });
        if (isTaken) await waitInLine();
      } catch {
        // Control was taken from this tab (only a reloaded controller does that).
        if (isActive) await waitInLine();
      }
    }
    void start();

    return () => {
      isActive = false;
      clearTimeout(offerTimer);
      waiting.abort();
      release();
      markControl(id, false);
    };
  }, [id, isNeeded, locks]);

  return {
    role,
    takeOver: () =>
      setRole((current) => {
        if (current !== 'free') return current;
        markControl(id, true);
        return 'controller';
      }),
  };
}
