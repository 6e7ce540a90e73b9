// Which vault is unlocked in this tab, and when it locks again: after a spell without
// activity (default 10 minutes), optionally soon after the app is hidden, by hand, or
// because another tab locked (BroadcastChannel). Locking first lets editors save their
// drafts (sealed), then drops the key; listeners drop every decrypted text.
import { signal } from '@preact/signals';
import type { Sealer, VaultId } from '../domain/types';
import { markTiming } from './timing';

export interface LockSettings {
  idleMinutes: number;
  lockWhenHidden: boolean;
}

export const DEFAULT_LOCK_SETTINGS: LockSettings = { idleMinutes: 10, lockWhenHidden: false };
/** How long before an idle lock the user is warned and can keep the journal open (WCAG 2.2.1). */
const LOCK_WARNING_MS = 60_000;
/** How long the app may be hidden before it locks, when that option is on. */
export const HIDDEN_GRACE_MS = 30_000;
const CHANNEL = 'breathing-space:vault';
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

export type LockReason = 'manual' | 'idle' | 'hidden' | 'other-tab';

export type BeforeLock = () => Promise<void>;

export function createVaultSession({
  now = () => Date.now(),
  target = globalThis.document as Document | undefined,
}: { now?: () => number; target?: Document } = {}) {
  /** The unlocked vault's id, or null. The sealer (and its key) is never put in a signal. */
  const unlockedId = signal<VaultId | null>(null);
  const lastLockReason = signal<LockReason | null>(null);
  const settings = signal<LockSettings>(DEFAULT_LOCK_SETTINGS);
  /** True in the last minute before an idle lock. */
  const lockingSoon = signal(false);
  let sealer: Sealer | null = null;
  let lastActivity = now();
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  const beforeLock = new Set<BeforeLock>();
  const afterLock = new Set<() => void>();
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  channel?.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'lock') void lock('other-tab', false);
  });

  function markActive() {
    lastActivity = now();
    if (lockingSoon.peek()) {
      lockingSoon.value = false;
      scheduleIdleCheck();
    }
  }

  function scheduleIdleCheck() {
    clearTimeout(idleTimer);
    if (!sealer) return;
    const limit = settings.value.idleMinutes * 60_000;
    const remaining = lastActivity + limit - now();
    if (remaining <= 0) {
      void lock('idle');
      return;
    }
    const untilWarning = remaining - LOCK_WARNING_MS;
    lockingSoon.value = untilWarning <= 0;
    const next = untilWarning > 0 ? untilWarning : remaining;
    idleTimer = setTimeout(scheduleIdleCheck, Math.min(next, 30_000));
  }

  function onVisibility() {
    clearTimeout(hiddenTimer);
    if (!target || !sealer || !settings.value.lockWhenHidden) return;
    if (target.visibilityState === 'hidden') {
      hiddenTimer = setTimeout(() => void lock('hidden'), HIDDEN_GRACE_MS);
    }
  }

  function listen(on: boolean) {
    if (!target) return;
    const method = on ? 'addEventListener' : 'removeEventListener';
    for (const type of ACTIVITY_EVENTS) target[method](type, markActive, { capture: true });
    target[method]('visibilitychange', onVisibility);
  }

  function unlock(vaultId: VaultId, opened: Sealer) {
    markTiming('vault:unlocked');
    sealer = opened;
    lastActivity = now();
    unlockedId.value = vaultId;
    lastLockReason.value = null;
    listen(true);
    scheduleIdleCheck();
  }

  let locking: Promise<void> | null = null;
  /** Saves what editors hold, then forgets the key and every decrypted text. */
  function lock(reason: LockReason, broadcast = true): Promise<void> {
    if (!sealer) return Promise.resolve();
    locking ??= (async () => {
      await Promise.allSettled([...beforeLock].map((save) => save()));
      sealer = null;
      clearTimeout(idleTimer);
      clearTimeout(hiddenTimer);
      listen(false);
      lockingSoon.value = false;
      unlockedId.value = null;
      lastLockReason.value = reason;
      for (const drop of afterLock) drop();
      if (broadcast) channel?.postMessage({ type: 'lock' });
    })().finally(() => {
      locking = null;
    });
    return locking;
  }

  return {
    unlockedId,
    lastLockReason,
    settings,
    lockingSoon,
    /** "Keep it open": counts as activity. */
    stayUnlocked: markActive,
    unlock,
    lock,
    /** The open vault's sealer; throws when locked, so nothing is sealed with a stale key. */
    sealer(): Sealer {
      if (!sealer) throw new Error('The journal is locked.');
      return sealer;
    },
    isUnlocked: () => sealer !== null,
    setSettings(next: LockSettings) {
      settings.value = next;
      scheduleIdleCheck();
    },
    /** Called before the key is dropped: editors save their draft sealed. */
    onBeforeLock(save: BeforeLock): () => void {
      beforeLock.add(save);
      return () => beforeLock.delete(save);
    },
    /** Called once the key is gone: stores drop decrypted text. */
    onLocked(drop: () => void): () => void {
      afterLock.add(drop);
      return () => afterLock.delete(drop);
    },
  };
}

export type VaultSession = ReturnType<typeof createVaultSession>;
