import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sealer, VaultId } from '../../../src/domain/types';
import { createVaultSession, HIDDEN_GRACE_MS } from '../../../src/vault/session';

const VAULT = 'v' as VaultId;
const sealer = {} as Sealer;

class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
}

describe('vault session', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function start() {
    const target = new FakeDocument();
    const session = createVaultSession({ target: target as unknown as Document });
    session.unlock(VAULT, sealer);
    return { session, target };
  }

  it('locks after ten idle minutes by default, saving drafts first, then dropping text', async () => {
    const { session } = start();
    const order: string[] = [];
    session.onBeforeLock(async () => {
      order.push('save draft');
    });
    session.onLocked(() => order.push('drop text'));
    await vi.advanceTimersByTimeAsync(9 * 60_000);
    expect(session.isUnlocked()).toBe(true);
    await vi.advanceTimersByTimeAsync(61_000);
    expect(session.isUnlocked()).toBe(false);
    expect(session.lastLockReason.value).toBe('idle');
    expect(order).toEqual(['save draft', 'drop text']);
    expect(() => session.sealer()).toThrow();
  });

  it('counts typing and taps as activity', async () => {
    const { session, target } = start();
    for (let minute = 0; minute < 15; minute += 1) {
      await vi.advanceTimersByTimeAsync(60_000);
      target.dispatchEvent(new Event('keydown'));
    }
    expect(session.isUnlocked()).toBe(true);
    await vi.advanceTimersByTimeAsync(10 * 60_000 + 1_000);
    expect(session.isUnlocked()).toBe(false);
  });

  it('follows a shorter idle time chosen by the user', async () => {
    const { session } = start();
    session.setSettings({ idleMinutes: 2, lockWhenHidden: false });
    await vi.advanceTimersByTimeAsync(2 * 60_000 + 1_000);
    expect(session.isUnlocked()).toBe(false);
  });

  it('locks soon after the app is hidden, only when asked to', async () => {
    const { session, target } = start();
    target.visibilityState = 'hidden';
    target.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(HIDDEN_GRACE_MS + 1_000);
    expect(session.isUnlocked()).toBe(true);

    session.setSettings({ idleMinutes: 10, lockWhenHidden: true });
    target.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(HIDDEN_GRACE_MS + 1_000);
    expect(session.isUnlocked()).toBe(false);
    expect(session.lastLockReason.value).toBe('hidden');
  });

  it('does not lock if the app comes back within the grace period', async () => {
    const { session, target } = start();
    session.setSettings({ idleMinutes: 10, lockWhenHidden: true });
    target.visibilityState = 'hidden';
    target.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(5_000);
    target.visibilityState = 'visible';
    target.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(HIDDEN_GRACE_MS);
    expect(session.isUnlocked()).toBe(true);
  });

  it('still locks when saving a draft fails', async () => {
    const { session } = start();
    session.onBeforeLock(() => Promise.reject(new Error('disk full')));
    await session.lock('manual');
    expect(session.isUnlocked()).toBe(false);
  });
});

describe('warning before an idle lock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warns a minute ahead, and "keep it open" starts the time again', async () => {
    const target = new FakeDocument();
    const session = createVaultSession({ target: target as unknown as Document });
    session.unlock(VAULT, sealer);
    await vi.advanceTimersByTimeAsync(8 * 60_000 + 59_000);
    expect(session.lockingSoon.value).toBe(false);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(session.lockingSoon.value).toBe(true);
    session.stayUnlocked();
    expect(session.lockingSoon.value).toBe(false);
    await vi.advanceTimersByTimeAsync(9 * 60_000);
    expect(session.isUnlocked()).toBe(true);
    expect(session.lockingSoon.value).toBe(true);
    await vi.advanceTimersByTimeAsync(61_000);
    expect(session.isUnlocked()).toBe(false);
    expect(session.lockingSoon.value).toBe(false);
  });
});
