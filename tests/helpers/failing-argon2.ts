// Argon2id that fails on demand, as it does on a device that cannot allocate its memory.
// Use: vi.mock('hash-wasm', async (importOriginal) =>
//   (await import('<path to>/helpers/failing-argon2')).failingArgon2(importOriginal));
// then set `argon2.fails` in a test.
import type * as HashWasm from 'hash-wasm';

export const argon2 = { fails: false };

export async function failingArgon2(importOriginal: <T>() => Promise<T>): Promise<typeof HashWasm> {
  const original = await importOriginal<typeof HashWasm>();
  return {
    ...original,
    argon2id: (options: Parameters<typeof original.argon2id>[0]) =>
      argon2.fails
        ? Promise.reject(new RangeError('WebAssembly.Memory(): could not allocate memory'))
        : original.argon2id(options),
  } as typeof HashWasm;
}
