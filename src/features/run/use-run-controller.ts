import { useEffect, useState } from 'preact/hooks';
import type { RunId } from '../../domain/types';

/**
 * Which tab controls a run: `controller` holds the run's Web Lock; a `viewer` waits in
 * line and shows the run read-only; `free` means the controlling tab has gone and this
 * one now holds the lock, ready to take over. The browser frees the lock if the
 * controlling tab closes or crashes.
 */
export type ControlRole = 'checking' | 'controller' | 'viewer' | 'free';

function controllerLockName(id: RunId): string {
  return `breathing-space-run-${id}`;
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
    void locks
      .request(name, { ifAvailable: true }, async (lock) => {
        if (!isActive) return;
        if (lock) {
          setRole('controller');
          await held;
          return;
        }
        setRole('viewer');
        await locks
          .request(name, { signal: waiting.signal }, async () => {
            if (!isActive) return;
            setRole('free');
            await held;
          })
          .catch(() => undefined);
      })
      .catch(() => undefined);
    return () => {
      isActive = false;
      waiting.abort();
      release();
    };
  }, [id, isNeeded, locks]);

  return {
    role,
    takeOver: () => setRole((current) => (current === 'free' ? 'controller' : current)),
  };
}
