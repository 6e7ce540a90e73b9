import { useEffect, useState } from 'preact/hooks';

export type WakeLockState = 'off' | 'held' | 'unsupported' | 'refused';

/**
 * Keeps the screen awake while `isWanted`: asks on start (the Start tap is the gesture),
 * and asks again whenever the page is visible again, since the browser drops the lock when
 * it is hidden.
 */
export function useWakeLock(isWanted: boolean): WakeLockState {
  const [state, setState] = useState<WakeLockState>('off');

  useEffect(() => {
    if (!isWanted) {
      setState('off');
      return undefined;
    }
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
    if (!wakeLock) {
      setState('unsupported');
      return undefined;
    }
    let sentinel: WakeLockSentinel | undefined;
    let isActive = true;
    const acquire = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const next = await wakeLock.request('screen');
        if (!isActive) {
          void next.release();
          return;
        }
        sentinel = next;
        setState('held');
        next.addEventListener('release', () => {
          if (isActive && sentinel === next) setState('off');
        });
      } catch {
        if (isActive) setState('refused');
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void acquire();
    };
    void acquire();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      isActive = false;
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release().catch(() => undefined);
    };
  }, [isWanted]);

  return state;
}
