// How safe the app's data is on this device: persistent or "best effort", and how much
// space it uses. Browsers may clear best-effort storage under pressure (and Safari after
// seven days without a visit), so we ask for persistence once the user has saved something.
import { getSetting, setSetting } from './settings';
import { SETTING_KEYS } from './constants';

export interface StorageStatus {
  isSupported: boolean;
  isPersisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** Reads the current persistence state and usage estimate. */
export async function getStorageStatus(): Promise<StorageStatus> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) {
    return { isSupported: false, isPersisted: false, usageBytes: null, quotaBytes: null };
  }
  const [isPersisted, estimate] = await Promise.all([
    storage.persisted(),
    storage.estimate ? storage.estimate() : Promise.resolve<StorageEstimate>({}),
  ]);
  return {
    isSupported: true,
    isPersisted,
    usageBytes: estimate.usage ?? null,
    quotaBytes: estimate.quota ?? null,
  };
}

/** Asks the browser to keep our data; returns whether storage is now persistent. */
export async function requestPersistence(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  await setSetting(SETTING_KEYS.persistenceAsked, true);
  return storage.persist();
}

/**
 * Asks once, after the user's first real save: asking on first load is refused by most
 * browsers and alarms people before they know what the app keeps.
 */
export async function requestPersistenceOnce(): Promise<void> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist || (await storage.persisted())) return;
  if (await getSetting<boolean>(SETTING_KEYS.persistenceAsked)) return;
  await requestPersistence();
}
