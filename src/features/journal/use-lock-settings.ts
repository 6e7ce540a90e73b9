// The auto-lock settings live in the device settings; the session follows them.
import { useEffect } from 'preact/hooks';
import { getSetting, setSetting } from '../../db/settings';
import { DEFAULT_LOCK_SETTINGS, type LockSettings } from '../../vault/session';
import { vaultSession } from './session';

const KEY = 'journal.lock';

export function useLockSettings(): void {
  useEffect(() => {
    void getSetting<LockSettings>(KEY).then(
      (stored) => stored && vaultSession.setSettings({ ...DEFAULT_LOCK_SETTINGS, ...stored }),
      () => undefined,
    );
  }, []);
}

export async function saveLockSettings(next: LockSettings): Promise<void> {
  await setSetting(KEY, next);
  vaultSession.setSettings(next);
}

/** The idle lock on a device that others use too. */
export const SHARED_DEVICE_IDLE_MINUTES = 2;

/**
 * The locks for a shared device: a short idle lock and a lock soon after the app is hidden.
 * Only ever stricter than what is set, so answering "shared" never weakens anyone's locks.
 */
export function sharedDeviceLocks(current: LockSettings): LockSettings {
  return {
    idleMinutes: Math.min(current.idleMinutes, SHARED_DEVICE_IDLE_MINUTES),
    lockWhenHidden: true,
  };
}
