// Real key derivation costs about a second; component tests use the cheap test parameters.
// Use as: vi.mock('<path to>/src/vault/kdf', (importOriginal) => cheapKdf(importOriginal)),
// importing cheapKdf inside the factory (vi.mock is hoisted above imports).
import type * as KdfModule from '../../src/vault/kdf';
import { CHEAP_ARGON2 } from '../unit/vault/fixtures';

export async function cheapKdf(importOriginal: <T>() => Promise<T>): Promise<typeof KdfModule> {
  const original = await importOriginal<typeof KdfModule>();
  return {
    ...original,
    // Where Argon2id cannot run (WebAssembly off, or it failed here), the app's own choice
    // stands (PBKDF2), as on such a device.
    newKdfParams: () => (original.canRunArgon2id() ? { ...CHEAP_ARGON2 } : original.newKdfParams()),
    // No re-wrap with today's costs after an unlock: it runs in the background and would
    // write into the next test's database. (Unit tests cover the re-wrap.)
    isWeakerThanCurrent: () => false,
  };
}
