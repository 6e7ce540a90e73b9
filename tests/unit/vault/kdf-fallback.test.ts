// A device with WebAssembly where Argon2id still cannot run (an older iPad that cannot spare
// 64 MiB): set-up falls back to PBKDF2, unlock says what failed, nothing re-wraps to Argon2id.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VaultId } from '../../../src/domain/types';
import { ARGON2ID_RETRY_AFTER_MS } from '../../../src/vault/argon2-support';
import { KdfUnavailableError, kdfUnavailableMessage } from '../../../src/vault/errors';
import {
  type Argon2idParams,
  ARGON2ID_COST,
  canRunArgon2id,
  isWeakerThanCurrent,
  newKdfParams,
  PBKDF2_ITERATIONS,
  runArgon2id,
} from '../../../src/vault/kdf';
import { changePassphrase, createVault, unlockWithPassphrase } from '../../../src/vault/vault';
import { CHEAP_ARGON2, CHEAP_PBKDF2 } from './fixtures';
import { argon2 } from '../../helpers/failing-argon2';

vi.mock('hash-wasm', async (importOriginal) =>
  (await import('../../helpers/failing-argon2')).failingArgon2(importOriginal),
);

const PASSPHRASE = 'correct horse battery staple';
const password = new TextEncoder().encode(PASSPHRASE);
const CHEAP = CHEAP_ARGON2 as Argon2idParams;

/** localStorage as a browser has it (Node has none). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
  argon2.fails = false;
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('where Argon2id cannot run', () => {
  it('says Argon2id failed (not that WebAssembly is off), and notes the device', async () => {
    argon2.fails = true;
    expect(canRunArgon2id()).toBe(true);
    const failure = runArgon2id(password, CHEAP);
    await expect(failure).rejects.toBeInstanceOf(KdfUnavailableError);
    await expect(failure).rejects.toMatchObject({ failure: 'argon2id-failed' });
    const error = (await failure.catch((caught: unknown) => caught)) as KdfUnavailableError;
    expect(kdfUnavailableMessage(error)).toMatch(/could not run.*memory/);
    expect(kdfUnavailableMessage(error)).not.toMatch(/WebAssembly|Lockdown/);
    expect(canRunArgon2id()).toBe(false);
    expect(newKdfParams()).toMatchObject({
      algorithm: 'pbkdf2-sha256',
      iterations: PBKDF2_ITERATIONS,
    });
  });

  it('does not mark the device when only a file’s higher costs failed', async () => {
    argon2.fails = true;
    const costly = { ...CHEAP, memoryKiB: ARGON2ID_COST.memoryKiB * 2 };
    await expect(runArgon2id(password, costly)).rejects.toBeInstanceOf(KdfUnavailableError);
    expect(canRunArgon2id()).toBe(true);
  });

  it('sets up a journal with PBKDF2 instead, which then opens with its passphrase', async () => {
    argon2.fails = true;
    const { vault } = await createVault({
      id: 'v1' as VaultId,
      label: 'Sam',
      passphrase: PASSPHRASE,
      now: 0,
    });
    expect(vault.kdf).toMatchObject({ algorithm: 'pbkdf2-sha256', iterations: PBKDF2_ITERATIONS });
    await expect(unlockWithPassphrase(vault, PASSPHRASE)).resolves.toBeTruthy();
  });

  it('sets a new passphrase with PBKDF2 when today’s Argon2id cannot run', async () => {
    const { vault } = await createVault({
      id: 'v1' as VaultId,
      label: 'Sam',
      passphrase: PASSPHRASE,
      now: 0,
      kdf: CHEAP_PBKDF2,
    });
    argon2.fails = true;
    const changed = await changePassphrase(vault, { passphrase: PASSPHRASE }, 'a new one here', {
      algorithm: 'argon2id',
      ...ARGON2ID_COST,
      salt: new Uint8Array(16),
    });
    expect(changed.kdf.algorithm).toBe('pbkdf2-sha256');
    await expect(unlockWithPassphrase(changed, 'a new one here')).resolves.toBeTruthy();
  });

  it('stops asking to re-wrap to Argon2id, until a month has passed', async () => {
    const today = { algorithm: 'pbkdf2-sha256' as const, iterations: PBKDF2_ITERATIONS };
    const pbkdf2 = { ...today, salt: new Uint8Array(16) };
    expect(isWeakerThanCurrent(pbkdf2)).toBe(true);
    argon2.fails = true;
    await runArgon2id(password, CHEAP).catch(() => undefined);
    expect(isWeakerThanCurrent(pbkdf2)).toBe(false);
    // Still weaker: fewer iterations than this device would use today.
    expect(isWeakerThanCurrent(CHEAP_PBKDF2)).toBe(true);

    vi.useFakeTimers({ now: Date.now() + ARGON2ID_RETRY_AFTER_MS + 1 });
    expect(canRunArgon2id()).toBe(true);
    expect(isWeakerThanCurrent(pbkdf2)).toBe(true);
  });

  it('remembers the failure across reloads (it is kept on the device)', async () => {
    argon2.fails = true;
    await runArgon2id(password, CHEAP).catch(() => undefined);
    expect(localStorage.length).toBe(1);
    expect(localStorage.getItem(localStorage.key(0)!)).toMatch(/^\d+$/);
  });

  it('reports a worker that fails or cannot start the same way', async () => {
    for (const failing of ['message', 'error', 'throw'] as const) {
      localStorage.clear();
      vi.stubGlobal(
        'Worker',
        class {
          onmessage: ((event: { data: unknown }) => void) | null = null;
          onerror: (() => void) | null = null;
          constructor() {
            if (failing === 'throw') throw new TypeError('Module workers are not supported');
          }
          postMessage() {
            queueMicrotask(() =>
              failing === 'message'
                ? this.onmessage?.({ data: { error: true } })
                : this.onerror?.(),
            );
          }
          terminate() {}
        },
      );
      await expect(runArgon2id(password, CHEAP)).rejects.toMatchObject({
        failure: 'argon2id-failed',
      });
      expect(canRunArgon2id()).toBe(false);
    }
  });

  it('does not count a cancelled derivation as a failure', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        onmessage = null;
        onerror = null;
        postMessage() {}
        terminate() {}
      },
    );
    const controller = new AbortController();
    const deriving = runArgon2id(password, CHEAP, controller.signal);
    controller.abort();
    await expect(deriving).rejects.toMatchObject({ name: 'AbortError' });
    expect(canRunArgon2id()).toBe(true);
  });
});

describe('where WebAssembly is off', () => {
  it('says so, and points to the recovery key', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    const { deriveWrappingKey } = await import('../../../src/vault/kdf');
    const error = await deriveWrappingKey(PASSPHRASE, CHEAP_ARGON2).catch(
      (caught: KdfUnavailableError) => caught,
    );
    expect(error).toMatchObject({ failure: 'no-webassembly' });
    expect(kdfUnavailableMessage(error as KdfUnavailableError)).toMatch(
      /WebAssembly is switched off.*recovery key/,
    );
    expect(canRunArgon2id()).toBe(false);
    expect(localStorage.length).toBe(0);
  });
});
