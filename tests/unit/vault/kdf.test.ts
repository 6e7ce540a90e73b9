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
