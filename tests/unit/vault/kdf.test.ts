import { describe, expect, it } from 'vitest';
import { runArgon2id } from '../../../src/vault/kdf';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('Argon2id', () => {
  it('matches the reference implementation’s known answer', async () => {
    // phc-winner-argon2: echo -n password | argon2 somesalt -id -t 2 -m 16 -p 1
    const hash = await runArgon2id(new TextEncoder().encode('password'), {
      algorithm: 'argon2id',
      memoryKiB: 65_536,
      iterations: 2,
      parallelism: 1,
      salt: new TextEncoder().encode('somesalt'),
    });
    expect(hex(hash)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });
});

describe('key-derivation bounds for files', () => {
  const salt = new Uint8Array(16);
  it('accepts what the app writes and refuses costs outside the bounds', async () => {
    const { isWithinKdfBounds, ARGON2ID_COST, PBKDF2_ITERATIONS } =
      await import('../../../src/vault/kdf');
    expect(isWithinKdfBounds({ algorithm: 'argon2id', ...ARGON2ID_COST, salt })).toBe(true);
    expect(
      isWithinKdfBounds({ algorithm: 'pbkdf2-sha256', iterations: PBKDF2_ITERATIONS, salt }),
    ).toBe(true);
    const argon = { algorithm: 'argon2id', ...ARGON2ID_COST, salt } as const;
    expect(isWithinKdfBounds({ ...argon, memoryKiB: 257 * 1024 })).toBe(false);
    expect(isWithinKdfBounds({ ...argon, iterations: 11 })).toBe(false);
    expect(isWithinKdfBounds({ ...argon, parallelism: 64 })).toBe(false);
    expect(isWithinKdfBounds({ algorithm: 'pbkdf2-sha256', iterations: 99_999, salt })).toBe(false);
    expect(isWithinKdfBounds({ algorithm: 'pbkdf2-sha256', iterations: 5_000_001, salt })).toBe(
      false,
    );
  });

  it('stops waiting for a derivation as soon as it is cancelled', async () => {
    const { deriveWrappingKey, ARGON2ID_COST } = await import('../../../src/vault/kdf');
    const controller = new AbortController();
    const deriving = deriveWrappingKey(
      'a passphrase',
      { algorithm: 'argon2id', ...ARGON2ID_COST, salt },
      controller.signal,
    );
    controller.abort();
    await expect(deriving).rejects.toMatchObject({ name: 'AbortError' });
  });
});
