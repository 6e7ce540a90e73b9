import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { deleteVault, PRIVATE_TABLES, putVaultHeader } from '../../../src/db/journal';
import type { RecordId, SealedKind, SealedRecord, VaultId } from '../../../src/domain/types';

const KIND_OF_TABLE: Record<(typeof PRIVATE_TABLES)[number], SealedKind> = {
  journalEntries: 'journal-entry',
  drafts: 'draft',
  actionCards: 'action-card',
  checkIns: 'check-in',
};

/** A vault with one sealed row in every private table (the sealing itself is not needed). */
async function seedVault(vaultId: VaultId) {
  await putVaultHeader({ id: vaultId, createdAt: 0 });
  for (const table of PRIVATE_TABLES) {
    const row: SealedRecord = {
      id: `${vaultId}-${table}` as RecordId,
      vaultId,
      kind: KIND_OF_TABLE[table],
      v: 1,
      iv: new Uint8Array(12),
      ct: new ArrayBuffer(16),
      updatedAt: 0,
    };
    await db[table].put(row);
  }
}

describe('deleteVault', () => {
  it('deletes one journal with everything sealed with it, and leaves the others', async () => {
    await seedVault('sam' as VaultId);
    await seedVault('alex' as VaultId);

    await deleteVault('sam' as VaultId);

    expect((await db.vaults.toArray()).map((v) => v.id)).toEqual(['alex']);
    for (const table of PRIVATE_TABLES) {
      expect((await db[table].toArray()).map((row) => row.vaultId)).toEqual(['alex']);
    }
  });
});
