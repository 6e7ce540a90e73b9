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

/** Sets one field of a header without touching the rest (a concurrent re-wrap keeps its keys). */
export async function updateVaultHeader(id: VaultId, change: Partial<VaultHeader>): Promise<void> {
  await guardWrite(() => db.vaults.update(id, change));
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

/** The id and time of each record of one vault, by table: what a restore compares. */
export async function vaultStamps(
  vaultId: VaultId,
): Promise<Record<PrivateTable, { id: string; updatedAt: number }[]>> {
  const contents = await vaultContents(vaultId);
  const stamps = {} as Record<PrivateTable, { id: string; updatedAt: number }[]>;
  for (const table of PRIVATE_TABLES) {
    stamps[table] = contents[table].map(({ id, updatedAt }) => ({ id, updatedAt }));
  }
  return stamps;
}

/** Ids of records that belong to vaults other than `vaultId`, by table (keys only). */
export async function otherVaultsRecordIds(
  vaultId: VaultId,
): Promise<Record<PrivateTable, Set<string>>> {
  const ids = {} as Record<PrivateTable, Set<string>>;
  for (const table of PRIVATE_TABLES) {
    const keys = await db[table].where('vaultId').notEqual(vaultId).primaryKeys();
    ids[table] = new Set(keys as string[]);
  }
  return ids;
}

/** A record that belongs to another vault was about to be written over: nothing was. */
export class ForeignRecordError extends Error {
  override name = 'ForeignRecordError';
  constructor() {
    super('A restore tried to write over a record of another journal. Nothing was changed.');
  }
}

export interface RestoreWrite {
  vaultId: VaultId;
  /** Written when the journal is new on this device; an existing header is kept as it is. */
  newHeader?: VaultHeader;
  /** Merge adds or updates these; replace makes the journal exactly these. */
  records: VaultContents;
  mode: 'merge' | 'replace';
  now: number;
}

/**
 * Writes a restore in one transaction: it lands whole or not at all. Every record must be
 * of `vaultId` and no id may belong to another vault (ForeignRecordError, nothing written):
 * a backup never moves or overwrites another journal's record. Replace first keeps the
 * journal as it was in `restoreSafety`, for undoRestore.
 */
export async function writeRestore(write: RestoreWrite): Promise<void> {
  const { vaultId, records, mode } = write;
  const tables = [db.vaults, db.restoreSafety, ...PRIVATE_TABLES.map((t) => db[t])];
  await guardWrite(() =>
    db.transaction('rw', tables, async () => {
      for (const table of PRIVATE_TABLES) {
        if (records[table].some((record) => record.vaultId !== vaultId)) {
          throw new ForeignRecordError();
        }
        const foreign = await db[table].where('vaultId').notEqual(vaultId).primaryKeys();
        const taken = new Set(foreign as string[]);
        if (records[table].some((record) => taken.has(record.id))) throw new ForeignRecordError();
      }
      if (mode === 'replace') {
        const header = await db.vaults.get(vaultId);
        if (header) {
          const current = {} as VaultContents;
          for (const table of PRIVATE_TABLES) {
            current[table] = await db[table].where('vaultId').equals(vaultId).toArray();
            await db[table].where('vaultId').equals(vaultId).delete();
          }
          await db.restoreSafety.put({ vaultId, madeAt: write.now, header, records: current });
        }
      }
      for (const table of PRIVATE_TABLES) await db[table].bulkPut(records[table]);
      if (write.newHeader && !(await db.vaults.get(vaultId))) await db.vaults.put(write.newHeader);
    }),
  );
}

/** When a restore last replaced this journal, if its safety copy is still kept. */
export async function restoreSafetyMadeAt(vaultId: VaultId): Promise<number | null> {
  return (await db.restoreSafety.get(vaultId))?.madeAt ?? null;
}

/**
 * Puts the journal back as it was before the last replacing restore, in one transaction,
 * and drops the safety copy. False if there is none.
 */
export async function undoRestore(vaultId: VaultId): Promise<boolean> {
  const tables = [db.vaults, db.restoreSafety, ...PRIVATE_TABLES.map((t) => db[t])];
  return guardWrite(() =>
    db.transaction('rw', tables, async () => {
      const copy = await db.restoreSafety.get(vaultId);
      if (!copy) return false;
      for (const table of PRIVATE_TABLES) {
        await db[table].where('vaultId').equals(vaultId).delete();
        await db[table].bulkPut(copy.records[table]);
      }
      await db.vaults.put(copy.header);
      await db.restoreSafety.delete(vaultId);
      return true;
    }),
  );
}

/** Forgets the safety copy (its owner is content with the restore). */
export async function discardRestoreSafety(vaultId: VaultId): Promise<void> {
  await guardWrite(() => db.restoreSafety.delete(vaultId));
}

/**
 * Deletes one vault and every record sealed with it, all at once: for a journal nobody can
 * open any more. Other vaults on the device are untouched.
 */
export async function deleteVault(vaultId: VaultId): Promise<void> {
  await guardWrite(() =>
    db.transaction(
      'rw',
      [db.vaults, db.restoreSafety, ...PRIVATE_TABLES.map((t) => db[t])],
      async () => {
        for (const table of PRIVATE_TABLES) {
          await db[table].where('vaultId').equals(vaultId).delete();
        }
        await db.restoreSafety.delete(vaultId);
        await db.vaults.delete(vaultId);
      },
    ),
  );
}

/** Deletes every vault and private record on this device. Group material is untouched. */
export async function deleteAllPrivateData(): Promise<void> {
  await guardWrite(() =>
    db.transaction(
      'rw',
      [db.vaults, db.restoreSafety, ...PRIVATE_TABLES.map((t) => db[t])],
      async () => {
        await db.vaults.clear();
        await db.restoreSafety.clear();
        for (const table of PRIVATE_TABLES) await db[table].clear();
      },
    ),
  );
}

/** When an entry of the vault last changed (0 if none), for the backup reminder. */
export async function latestEntryChange(vaultId: VaultId): Promise<number> {
  const [latest] = await recentEntryRecords(vaultId, 1);
  return latest?.updatedAt ?? 0;
}
