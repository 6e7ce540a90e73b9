// Private records, stored only sealed: the repository never sees a key or plaintext.
// Sealing and opening happen outside every transaction; each write here is a
// short transaction of ready-made sealed rows.
import type { RecordId, SealedRecord, VaultHeader, VaultId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';

/** The tables that hold private records, each row sealed. */
export const PRIVATE_TABLES = ['journalEntries', 'drafts', 'actionCards', 'checkIns'] as const;
export type PrivateTable = (typeof PRIVATE_TABLES)[number];

export type VaultContents = Record<PrivateTable, SealedRecord[]>;

export function listVaultHeaders(): Promise<VaultHeader[]> {
  return db.vaults.toArray();
}

export function getVaultHeader(id: VaultId): Promise<VaultHeader | undefined> {
  return db.vaults.get(id);
}

export async function putVaultHeader(header: VaultHeader): Promise<void> {
  await guardWrite(() => db.vaults.put(header));
}

export async function putEntryRecord(record: SealedRecord): Promise<void> {
  await guardWrite(() => db.journalEntries.put(record));
}

/** Saves an entry and removes its draft in one go, so neither is ever lost between. */
export async function putEntryClearingDraft(record: SealedRecord): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.journalEntries, db.drafts, async () => {
      await db.journalEntries.put(record);
      await db.drafts.delete(record.id);
    }),
  );
}

/** The most recently written entries first, to show a first page quickly after unlocking. */
export function recentEntryRecords(vaultId: VaultId, limit: number): Promise<SealedRecord[]> {
  return db.journalEntries
    .orderBy('updatedAt')
    .reverse()
    .filter((record) => record.vaultId === vaultId)
    .limit(limit)
    .toArray();
}

export function entryRecords(vaultId: VaultId): Promise<SealedRecord[]> {
  return db.journalEntries.where('vaultId').equals(vaultId).toArray();
}

export function entryRecord(id: RecordId): Promise<SealedRecord | undefined> {
  return db.journalEntries.get(id);
}

/** Deletes an entry and returns its sealed row, so the delete can be undone as it was. */
export async function deleteEntryRecord(id: RecordId): Promise<SealedRecord | undefined> {
  return guardWrite(() =>
    db.transaction('rw', db.journalEntries, async () => {
      const record = await db.journalEntries.get(id);
      await db.journalEntries.delete(id);
      return record;
    }),
  );
}

export async function putDraftRecord(record: SealedRecord): Promise<void> {
  await guardWrite(() => db.drafts.put(record));
}

export function draftRecords(vaultId: VaultId): Promise<SealedRecord[]> {
  return db.drafts.where('vaultId').equals(vaultId).toArray();
}

export function draftRecord(id: RecordId): Promise<SealedRecord | undefined> {
  return db.drafts.get(id);
}

export async function deleteDraftRecord(id: RecordId): Promise<void> {
  await guardWrite(() => db.drafts.delete(id));
}

/** Every sealed row of one vault, for an encrypted backup. */
export async function vaultContents(vaultId: VaultId): Promise<VaultContents> {
  return db.transaction('r', [...PRIVATE_TABLES], async () => {
    const contents = {} as VaultContents;
    for (const table of PRIVATE_TABLES) {
      contents[table] = await db[table].where('vaultId').equals(vaultId).toArray();
    }
    return contents;
  });
}

/**
 * Replaces one vault (header and every record) in a single transaction: a restore either
 * lands whole or not at all.
 */
export async function replaceVault(header: VaultHeader, contents: VaultContents): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.vaults, ...PRIVATE_TABLES.map((t) => db[t])], async () => {
      for (const table of PRIVATE_TABLES) {
        await db[table].where('vaultId').equals(header.id).delete();
        await db[table].bulkPut(contents[table]);
      }
      await db.vaults.put(header);
    }),
  );
}

/**
 * Deletes one vault and every record sealed with it, all at once: for a journal nobody can
 * open any more. Other vaults on the device are untouched.
 */
export async function deleteVault(vaultId: VaultId): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.vaults, ...PRIVATE_TABLES.map((t) => db[t])], async () => {
      for (const table of PRIVATE_TABLES) {
        await db[table].where('vaultId').equals(vaultId).delete();
      }
      await db.vaults.delete(vaultId);
    }),
  );
}

/** Deletes every vault and private record on this device. Group material is untouched. */
export async function deleteAllPrivateData(): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.vaults, ...PRIVATE_TABLES.map((t) => db[t])], async () => {
      await db.vaults.clear();
      for (const table of PRIVATE_TABLES) await db[table].clear();
    }),
  );
}

/** When an entry of the vault last changed (0 if none), for the backup reminder. */
export async function latestEntryChange(vaultId: VaultId): Promise<number> {
  const [latest] = await recentEntryRecords(vaultId, 1);
  return latest?.updatedAt ?? 0;
}
