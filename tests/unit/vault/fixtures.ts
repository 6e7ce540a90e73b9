import type { KdfParams } from '../../../src/vault/kdf';

/** Cheap costs for tests only: the app never passes these (it always uses newKdfParams()). */
export const CHEAP_ARGON2: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 64,
  iterations: 1,
  parallelism: 1,
  salt: new Uint8Array(16).fill(7),
};

export const CHEAP_PBKDF2: KdfParams = {
  algorithm: 'pbkdf2-sha256',
  iterations: 1_000,
  salt: new Uint8Array(16).fill(9),
};
