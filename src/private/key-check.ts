// Journals made before key checks existed get one the first time they are opened, so a
// restore can always tell this journal's own backup from an impostor with the same id.
import { getVaultHeader, updateVaultHeader } from '../db/journal';
import type { VaultId } from '../domain/types';
import type { VaultSession } from '../vault/session';
import { sealKeyCheck, type Vault } from '../vault/vault';

export async function ensureKeyCheck(vaultSession: VaultSession, vaultId: VaultId): Promise<void> {
  const header = (await getVaultHeader(vaultId)) as Vault | undefined;
  if (!header || header.keyCheck || vaultSession.unlockedId.peek() !== vaultId) return;
  await updateVaultHeader(vaultId, {
    keyCheck: await sealKeyCheck(vaultSession.sealer(), vaultId),
  });
}
