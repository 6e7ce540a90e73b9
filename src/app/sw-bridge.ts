// The page's side of the service worker. Updates are announced and applied only when the
// user asks, and only when no tab is busy; a tab is never reloaded without its own click
// . The worker itself is src/sw.ts.
import { signal } from '@preact/signals';
import type { BusyReason, BusyStoreInstance } from './busy';

const UPDATE_CHECK_INTERVAL_MS = 30 * 60 * 1000;

export type ApplyResult = { ok: true } | { ok: false; busyElsewhere: BusyReason[] };

export function createUpdateStore(busy: BusyStoreInstance, flushAll: () => Promise<void>) {
  /** The app's files are cached: it now works with no network. */
  const offlineReady = signal(false);
  /** A new version is installed and waiting for the user's go-ahead. */
  const updateWaiting = signal(false);
  /** A new version took over (applied from another tab): this tab should reload when it can. */
  const reloadAdvised = signal(false);
  const isControlled = signal(false);

  let registration: ServiceWorkerRegistration | undefined;
  let reloadRequested = false;
  let lastCheck = 0;

  function watchInstalling(worker: ServiceWorker | null) {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) {
        updateWaiting.value = true;
      }
      if (worker.state === 'activated' && !updateWaiting.value) offlineReady.value = true;
    });
  }

  async function start(scriptUrl = './sw.js'): Promise<void> {
    if (!('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    let hadController = Boolean(container.controller);
    isControlled.value = hadController;
    container.addEventListener('controllerchange', () => {
      isControlled.value = true;
      // The first worker taking control is not an update.
      if (!hadController) {
        hadController = true;
        return;
      }
      updateWaiting.value = false;
      if (reloadRequested) location.reload();
      else reloadAdvised.value = true;
    });
    registration = await container.register(scriptUrl, { scope: './', updateViaCache: 'none' });
    if (registration.waiting && container.controller) updateWaiting.value = true;
    watchInstalling(registration.installing);
    registration.addEventListener('updatefound', () => watchInstalling(registration!.installing));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void checkForUpdate();
    });
    lastCheck = Date.now();
  }

  /** Asks the server for a newer version; quietly does nothing offline. */
  async function checkForUpdate(force = false): Promise<boolean> {
    if (!registration || !navigator.onLine) return false;
    if (!force && Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return false;
    lastCheck = Date.now();
    try {
      await registration.update();
      return true;
    } catch {
      return false;
    }
  }

  /** Applies the waiting version, unless a tab is busy; this tab then reloads. */
  async function applyUpdate(): Promise<ApplyResult> {
    const busyElsewhere = await busy.othersBusy();
    if (busyElsewhere.length > 0) return { ok: false, busyElsewhere };
    await flushAll();
    const waiting = registration?.waiting;
    if (!waiting) {
      location.reload();
      return { ok: true };
    }
    reloadRequested = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
    return { ok: true };
  }

  /** Reloads this tab onto the version already in control, after saving what is unsaved. */
  async function reloadNow(): Promise<void> {
    await flushAll();
    location.reload();
  }

  return {
    offlineReady,
    updateWaiting,
    reloadAdvised,
    isControlled,
    start,
    checkForUpdate,
    applyUpdate,
    reloadNow,
  };
}
