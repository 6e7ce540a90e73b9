// The auto-lock settings live in the device settings; the session follows them.
import { useEffect } from 'preact/hooks';
import { getSetting, setSetting } from '../db/settings';
import { DEFAULT_LOCK_SETTINGS, type LockSettings, type VaultSession } from '../vault/session';
import { usePrivateStores } from './stores';

const KEY = 'journal.lock';

export function useLockSettings(): void {
  const { vaultSession } = usePrivateStores();
  useEffect(() => {
    void getSetting<LockSettings>(KEY).then(
      (stored) => stored && vaultSession.setSettings({ ...DEFAULT_LOCK_SETTINGS, ...stored }),
      () => undefined,
    );
  }, [vaultSession]);
}

export async function saveLockSettings(
  vaultSession: VaultSession,
  next: LockSettings,
): Promise<void> {
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
