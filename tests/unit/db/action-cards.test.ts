import { describe, expect, it } from 'vitest';
import {
  actionCardRecord,
  actionCardRecords,
  deleteActionCardRecord,
  putActionCardRecord,
} from '../../../src/db/action-cards';
import { db } from '../../../src/db/db';
import { deleteAllPrivateData, putVaultHeader } from '../../../src/db/journal';
import type { RecordId, VaultId } from '../../../src/domain/types';
import { makeBackup } from '../../../src/features/journal/backup';
import { applyRestore, inspectBackup, openBackup } from '../../../src/features/journal/restore';
import { makeCard } from '../../../src/domain/action-cards';
import { createSealer } from '../../../src/vault/sealer';
import { createVault } from '../../../src/vault/vault';
import { CHEAP_ARGON2 } from '../vault/fixtures';

const PASSPHRASE = 'maple lantern orbit seventeen';

async function vaultWithCard() {
  const created = await createVault({
    id: 'v1' as VaultId,
    label: 'Sam',
    passphrase: PASSPHRASE,
    now: 0,
    kdf: CHEAP_ARGON2,
  });
  await putVaultHeader(created.vault);
  const sealer = createSealer(created.key, created.vault.id);
  const card = {
    ...makeCard({ id: 'c1' as RecordId, date: '2026-11-03', now: 1, newActionId: () => 'a1' }),
    heading: 'Private aim',
  };
  const record = await sealer.seal('action-card', card.id, card);
  await putActionCardRecord(record);
  return { ...created, sealer, record };
}

describe('action card records', () => {
  it('are stored sealed, by vault, and a delete returns the row to undo it', async () => {
    const { vault, sealer, record } = await vaultWithCard();
    expect(JSON.stringify(await db.actionCards.toArray())).not.toContain('Private aim');
    expect(await actionCardRecords(vault.id)).toHaveLength(1);
    expect(await actionCardRecords('other' as VaultId)).toEqual([]);
    const removed = await deleteActionCardRecord(record.id);
    expect(await actionCardRecord(record.id)).toBeUndefined();
    await putActionCardRecord(removed!);
    expect(await sealer.open(removed!)).toMatchObject({ heading: 'Private aim' });
  });

  it('travel in the encrypted backup and come back on restore', async () => {
    const { vault, sealer } = await vaultWithCard();
    const { blob } = await makeBackup(vault, { now: () => 1 });
    await db.actionCards.clear();
    const { read } = await inspectBackup(blob);
    const opened = await openBackup(read, { passphrase: PASSPHRASE });
    const restored = await applyRestore(opened, 'merge', { now: () => 2 });
    expect(restored.id).toBe(vault.id);
    const [back] = await actionCardRecords(vault.id);
    expect(await sealer.open(back!)).toMatchObject({ heading: 'Private aim' });
  });

  it('go with "delete all my private data"', async () => {
    await vaultWithCard();
    await deleteAllPrivateData();
    expect(await db.actionCards.count()).toBe(0);
  });
});
