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

/**
 * Rows read per request. The browser rebuilds each row on the main thread as it reads it:
 * a 10,000-entry journal read at once holds the page for over half a second, in pages of
 * 500 no task comes near 200 ms.
 */
const READ_PAGE = 500;

/** Reads one vault's rows of a table, a page at a time (inside a transaction or not). */
async function eachPage(
  table: PrivateTable,
  vaultId: VaultId,
  onPage: (rows: SealedRecord[]) => unknown,
): Promise<void> {
  for (let offset = 0; ; offset += READ_PAGE) {
    const rows = await db[table]
      .where('vaultId')
      .equals(vaultId)
      .offset(offset)
      .limit(READ_PAGE)
      .toArray();
    await onPage(rows);
    if (rows.length < READ_PAGE) return;
  }
}

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

/** Every entry of the vault, handed over a page at a time as it is read. */
export function eachEntryRecordPage(
  vaultId: VaultId,
  onPage: (rows: SealedRecord[]) => unknown,
): Promise<void> {
  return eachPage('journalEntries', vaultId, onPage);
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

/** Every sealed row of one vault, read as one consistent whole, for an encrypted backup. */
export async function vaultContents(vaultId: VaultId): Promise<VaultContents> {
  return db.transaction('r', [...PRIVATE_TABLES], async () => {
    const contents = {} as VaultContents;
    for (const table of PRIVATE_TABLES) {
      contents[table] = [];
      await eachPage(table, vaultId, (rows) => contents[table].push(...rows));
    }
    return contents;
  });
}

/** A few of the vault's records (any kind), to prove a key with. */
export async function someVaultRecords(
  vaultId: VaultId,
  perTable: number,
): Promise<SealedRecord[]> {
  const found: SealedRecord[] = [];
  for (const table of PRIVATE_TABLES) {
    found.push(...(await db[table].where('vaultId').equals(vaultId).limit(perTable).toArray()));
  }
  return found;
}

/** The id and time of each record of one vault, by table: what a restore compares. */
export async function vaultStamps(
  vaultId: VaultId,
): Promise<Record<PrivateTable, { id: string; updatedAt: number }[]>> {
  return db.transaction('r', [...PRIVATE_TABLES], async () => {
    const stamps = {} as Record<PrivateTable, { id: string; updatedAt: number }[]>;
    for (const table of PRIVATE_TABLES) {
      stamps[table] =
        table === 'drafts' ? await stampsByRows(vaultId) : await stampsByKeys(table, vaultId);
    }
    return stamps;
  });
}

/**
 * From the indexes alone: the updatedAt index gives each record's time and id in the same
 * order, so a whole journal's stamps come without reading (and rebuilding) one sealed row.
 */
async function stampsByKeys(table: Exclude<PrivateTable, 'drafts'>, vaultId: VaultId) {
  const mine = new Set(await db[table].where('vaultId').equals(vaultId).primaryKeys());
  const byTime = db[table].orderBy('updatedAt');
  const [ids, times] = await Promise.all([byTime.primaryKeys(), byTime.keys()]);
  const stamps: { id: string; updatedAt: number }[] = [];
  ids.forEach((id, i) => {
    if (mine.has(id)) stamps.push({ id, updatedAt: times[i] as number });
  });
  return stamps;
}

/** Drafts have no time index; there are only ever a few. */
async function stampsByRows(vaultId: VaultId) {
  const stamps: { id: string; updatedAt: number }[] = [];
  await eachPage('drafts', vaultId, (rows) => {
    for (const { id, updatedAt } of rows) stamps.push({ id, updatedAt });
  });
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

/** Rows written per request inside a restore's transaction. */
const WRITE_SLICE = 1_000;

export interface RestoreWrite {
  vaultId: VaultId;
  /** Written when the journal is new on this device; an existing header is kept as it is. */
  newHeader?: VaultHeader;
  /** Merge adds or updates these; replace makes the journal exactly these. */
  records: VaultContents;
  mode: 'merge' | 'replace';
  now: number;
  /** Cancel: checked between slices; the transaction is rolled back and nothing is written. */
  signal?: AbortSignal;
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
      if (mode === 'replace') await keepSafetyCopy(vaultId, write.now);
      // In slices: each put is serialised on the main thread, and 10,000 at once would
      // hold it for a second. The transaction stays one, and stays all-or-nothing.
      for (const table of PRIVATE_TABLES) {
        for (let start = 0; start < records[table].length; start += WRITE_SLICE) {
          if (write.signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
          await db[table].bulkPut(records[table].slice(start, start + WRITE_SLICE));
        }
      }
      if (write.newHeader) {
        // Another tab added a journal with this id meanwhile: its key is not proven here.
        if (await db.vaults.get(vaultId)) throw new ForeignRecordError();
        await db.vaults.put(write.newHeader);
      }
    }),
  );
}

/**
 * Moves the journal as it is into `restoreSafety`, in slices (one row per page of records,
 * and one for the header), inside the caller's transaction. Replaces any older copy.
 */
async function keepSafetyCopy(vaultId: VaultId, madeAt: number): Promise<void> {
  const header = await db.vaults.get(vaultId);
  if (!header) return;
  await db.restoreSafety.where('vaultId').equals(vaultId).delete();
  await db.restoreSafety.add({ vaultId, madeAt, header, table: null, records: [] });
  for (const table of PRIVATE_TABLES) {
    await eachPage(table, vaultId, async (rows) => {
      if (rows.length)
        await db.restoreSafety.add({ vaultId, madeAt, header: null, table, records: rows });
    });
    await db[table].where('vaultId').equals(vaultId).delete();
  }
}

/** When a restore last replaced this journal, if its safety copy is still kept. */
export async function restoreSafetyMadeAt(vaultId: VaultId): Promise<number | null> {
  const keys = await db.restoreSafety.where('vaultId').equals(vaultId).limit(1).primaryKeys();
  if (keys.length === 0) return null;
  return (await db.restoreSafety.get(keys[0]!))?.madeAt ?? null;
}

/**
 * Puts the journal back as it was before the last replacing restore, in one transaction,
 * and drops the safety copy. False if there is none.
 */
export async function undoRestore(vaultId: VaultId): Promise<boolean> {
  const tables = [db.vaults, db.restoreSafety, ...PRIVATE_TABLES.map((t) => db[t])];
  return guardWrite(() =>
    db.transaction('rw', tables, async () => {
      const slices = await db.restoreSafety.where('vaultId').equals(vaultId).primaryKeys();
      if (slices.length === 0) return false;
      for (const table of PRIVATE_TABLES) {
        await db[table].where('vaultId').equals(vaultId).delete();
      }
      // One slice at a time, so no task rebuilds the whole journal at once.
      for (const key of slices) {
        const slice = (await db.restoreSafety.get(key))!;
        if (slice.header) await db.vaults.put(slice.header);
        if (slice.table) await db[slice.table].bulkPut(slice.records);
      }
      await db.restoreSafety.where('vaultId').equals(vaultId).delete();
      return true;
    }),
  );
}

/** Forgets the safety copy (its owner is content with the restore). */
export async function discardRestoreSafety(vaultId: VaultId): Promise<void> {
  await guardWrite(() => db.restoreSafety.where('vaultId').equals(vaultId).delete());
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
        await db.restoreSafety.where('vaultId').equals(vaultId).delete();
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
