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
