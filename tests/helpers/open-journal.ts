// A journal set up and unlocked in this tab's vault session, for component tests of the
// private screens (cheap key-derivation costs: the costs themselves are tested elsewhere).
import { fireEvent, screen } from '@testing-library/preact';
import { putVaultHeader } from '../../src/db/journal';
import type { VaultId } from '../../src/domain/types';
import { createSealer } from '../../src/vault/sealer';
import { createVault } from '../../src/vault/vault';
import { CHEAP_ARGON2 } from '../unit/vault/fixtures';
import { vaultSession } from './test-app';

export { go } from './test-app';

const PASSPHRASE = 'maple lantern orbit seventeen';

/** Creates a journal, stores it and unlocks it; `unlock()` opens it again after a lock. */
export async function openJournal(label = 'Sam', id = label as VaultId) {
  const { vault, key } = await createVault({
    id,
    label,
    passphrase: PASSPHRASE,
    now: 0,
    kdf: CHEAP_ARGON2,
  });
  await putVaultHeader(vault);
  const unlock = () => vaultSession.unlock(vault.id, createSealer(key, vault.id));
  unlock();
  return { vault, key, unlock, sealer: () => createSealer(key, vault.id) };
}

/** Types into the field with this label, as a user would (one input event). */
export function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}
