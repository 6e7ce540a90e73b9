// Action cards, stored only sealed like journal entries: this module sees ids, vaults and
// times, never a key or a word of what the cards say. Sealing happens outside.
import type { RecordId, SealedRecord, VaultId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';

export async function putActionCardRecord(record: SealedRecord): Promise<void> {
  await guardWrite(() => db.actionCards.put(record));
}

export function actionCardRecords(vaultId: VaultId): Promise<SealedRecord[]> {
  return db.actionCards.where('vaultId').equals(vaultId).toArray();
}

export function actionCardRecord(id: RecordId): Promise<SealedRecord | undefined> {
  return db.actionCards.get(id);
}

/** Deletes a card and returns its sealed row, so the delete can be undone as it was. */
export async function deleteActionCardRecord(id: RecordId): Promise<SealedRecord | undefined> {
  return guardWrite(() =>
    db.transaction('rw', db.actionCards, async () => {
      const record = await db.actionCards.get(id);
      await db.actionCards.delete(id);
      return record;
    }),
  );
}

/**
 * A fingerprint of the vault's cards (ids and times, nothing sealed inside): a live query
 * on it tells a tab that another tab changed a card.
 */
export async function actionCardsStamp(vaultId: VaultId): Promise<string> {
  const records = await actionCardRecords(vaultId);
  return records
    .map((r) => `${r.id}:${r.updatedAt}`)
    .sort()
    .join(',');
}
