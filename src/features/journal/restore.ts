// Restoring a backup without losing writing. Three steps, each cancellable:
//  1. inspect: read and check the file (in a worker) and say what it holds, before any key work;
//  2. open: derive the key, open and check every record, and work out where it goes and what
//     a merge or a replace would change;
//  3. apply: write it in one transaction (replace keeps a safety copy for "Undo restore").
// A backup lands in a journal on this device only if it opens with that journal's own key;
// otherwise it becomes a journal of its own. Records never move between journals.
import {
  getVaultHeader,
  listVaultHeaders,
  otherVaultsRecordIds,
  updateVaultHeader,
  someVaultRecords,
  vaultStamps,
  writeRestore,
  type VaultContents,
} from '../../db/journal';
import type { Clock } from '../../domain/clock';
import { randomId } from '../../domain/ids';
import { uniqueJournalName } from '../../domain/journal-name';
import { isRecordObject, parseActionCard, parseJournalEntry } from '../../domain/private-records';
import { compare, mergeSelection, type Comparison, type Stamp } from '../../domain/restore-plan';
import type { RecordId, SealedRecord, VaultId } from '../../domain/types';
import {
  BACKUP_TABLES,
  type BackupCounts,
  type BackupSummary,
  type BackupTable,
  type ReadBackup,
} from '../../vault/backup-format';
import { readBackupFile } from '../../vault/backup-reader';
import { createSealer } from '../../vault/sealer';
import { timed } from '../../vault/timing';
import {
  isVaultKey,
  makeKeyCheck,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type Vault,
} from '../../vault/vault';
import { abortable } from '../../vault/kdf';
import type { Progress } from '../../ui/ProgressBar';

export type { Progress };

export type Proof = { passphrase: string } | { recoveryKey: string };

const TABLES = Object.keys(BACKUP_TABLES) as BackupTable[];
/** Records opened between two breaths: small enough that no task nears 200 ms. */
const BATCH = 200;

function checkCancelled(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
}

type Scheduler = { yield?: () => Promise<void> };

/**
 * Yields to the event loop so progress paints and Cancel can be pressed. scheduler.yield()
 * where the browser has it: a chain of setTimeout(0) is held to 4 ms a step, which across a
 * large restore adds up to a noticeable wait for nothing.
 */
export function breathe(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// ---- 1. Inspect -------------------------------------------------------------------------

export interface InspectedBackup {
  read: ReadBackup;
  summary: BackupSummary;
  /** The journal on this device with the same id, if any (its name, for the preview). */
  onDevice: Vault | null;
}

/** Reads and checks the file and says what it holds. No key work. */
export async function inspectBackup(file: Blob, signal?: AbortSignal): Promise<InspectedBackup> {
  const read = await timed('journal:restore:read', () => readBackupFile(file, signal));
  const onDevice = ((await getVaultHeader(read.vault.id)) as Vault | undefined) ?? null;
  return { read, summary: read.summary, onDevice };
}

// ---- 2. Open ----------------------------------------------------------------------------

/** Where the backup goes. */
type RestoreTarget =
  /** The same journal is on this device (the backup opens with its key): merge or replace. */
  | { kind: 'same'; vaultId: VaultId; label: string }
  /** No such journal here: it is added, under its own name (numbered if taken). */
  | { kind: 'new'; vaultId: VaultId; label: string }
  /**
   * A journal with the same id is here but the backup does not open with its key: the
   * backup becomes a separate journal, with ids of its own.
   */
  | { kind: 'separate'; vaultId: VaultId; label: string };

export interface OpenedBackup {
  summary: BackupSummary;
  target: RestoreTarget;
  /** The header to write for a new or separate journal (the same one keeps its own). */
  header: Vault;
  /** Every readable record, sealed for the target journal. */
  records: VaultContents;
  /** Left out: malformed in the file, failing their integrity check, or not what they claim. */
  unreadable: BackupCounts;
  /** Against the journal on this device (all zeros there for a new or separate one). */
  comparison: Comparison<BackupTable>;
  key: CryptoKey;
}

/** A record's opened value if it is what its table says it holds; null if not. */
function checkedValue(table: BackupTable, record: SealedRecord, value: unknown): unknown {
  if (table === 'journalEntries') {
    const entry = parseJournalEntry(value);
    return entry?.id === record.id ? entry : null;
  }
  if (table === 'actionCards') {
    const card = parseActionCard(value);
    return card?.id === record.id ? card : null;
  }
  return isRecordObject(value) ? value : null;
}

interface OpenedRecord {
  table: BackupTable;
  record: SealedRecord;
  value: unknown;
}

async function openAll(
  read: ReadBackup,
  key: CryptoKey,
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<{ opened: OpenedRecord[]; unreadable: BackupCounts }> {
  const sealer = createSealer(key, read.vault.id);
  const all = TABLES.flatMap((table) => read.contents[table].map((record) => ({ table, record })));
  const unreadable = { ...read.summary.unreadable };
  const opened: OpenedRecord[] = [];
  onProgress({ done: 0, total: all.length });
  for (let start = 0; start < all.length; start += BATCH) {
    const batch = all.slice(start, start + BATCH);
    const results = await Promise.allSettled(batch.map(({ record }) => sealer.open(record)));
    results.forEach((result, i) => {
      const { table, record } = batch[i]!;
      const value =
        result.status === 'fulfilled' ? checkedValue(table, record, result.value) : null;
      if (value === null) unreadable[table] += 1;
      else opened.push({ table, record, value });
    });
    checkCancelled(signal);
    onProgress({ done: Math.min(start + BATCH, all.length), total: all.length });
    await breathe();
  }
  return { opened, unreadable };
}

async function chooseTarget(read: ReadBackup, key: CryptoKey): Promise<RestoreTarget> {
  const headers = (await listVaultHeaders()) as Vault[];
  const local = headers.find((h) => h.id === read.vault.id);
  const otherNames = headers.filter((h) => h.id !== read.vault.id).map((h) => h.label);
  if (!local) {
    const label = uniqueJournalName(read.vault.label, otherNames);
    return { kind: 'new', vaultId: read.vault.id, label };
  }
  const proofs = local.keyCheck ? [] : await someVaultRecords(local.id, 3);
  if (await isVaultKey(key, local, proofs)) {
    return { kind: 'same', vaultId: local.id, label: local.label };
  }
  const label = uniqueJournalName(read.vault.label, [...otherNames, local.label]);
  return { kind: 'separate', vaultId: randomId() as VaultId, label };
}

/**
 * The id a record takes in the target journal: its own, unless it belongs to another
 * journal here (then a new one); ids made from the old journal's id follow the new one.
 */
function targetIds(
  opened: readonly OpenedRecord[],
  from: VaultId,
  to: VaultId,
  taken: ReadonlySet<string>,
): Map<string, string> {
  const ids = new Map<string, string>();
  for (const { record } of opened) {
    if (ids.has(record.id)) continue;
    let id: string = record.id;
    if (from !== to && id.includes(from)) id = id.split(from).join(to);
    if (taken.has(id)) id = randomId();
    ids.set(record.id, id);
  }
  return ids;
}

/** The value with its own id (and an entry draft's entry id) changed to the new one. */
function withNewId(value: unknown, from: string, to: string): unknown {
  if (!isRecordObject(value)) return value;
  const changed: Record<string, unknown> = { ...value };
  if (changed.id === from) changed.id = to;
  if (isRecordObject(changed.entry) && changed.entry.id === from) {
    changed.entry = { ...changed.entry, id: to };
  }
  return changed;
}

/** Seals the records for the target: as they are where nothing changed, else afresh. */
async function sealForTarget(
  opened: readonly OpenedRecord[],
  ids: ReadonlyMap<string, string>,
  key: CryptoKey,
  vaultId: VaultId,
  signal?: AbortSignal,
): Promise<VaultContents> {
  const sealer = createSealer(key, vaultId);
  const records: VaultContents = { journalEntries: [], drafts: [], actionCards: [], checkIns: [] };
  let sealed = 0;
  for (const { table, record, value } of opened) {
    const id = ids.get(record.id)!;
    if (id === record.id && vaultId === record.vaultId) {
      records[table].push(record);
      continue;
    }
    const resealed = await sealer.seal(
      record.kind,
      id as RecordId,
      withNewId(value, record.id, id),
    );
    // The time it was written stays the backup's: merge compares by it.
    records[table].push({ ...resealed, updatedAt: record.updatedAt });
    sealed += 1;
    if (sealed % BATCH === 0) {
      checkCancelled(signal);
      await breathe();
    }
  }
  checkCancelled(signal);
  return records;
}

function stampsOf(records: VaultContents): Record<BackupTable, Stamp[]> {
  const stamps = {} as Record<BackupTable, Stamp[]>;
  for (const table of TABLES) {
    stamps[table] = records[table].map(({ id, updatedAt }) => ({ id, updatedAt }));
  }
  return stamps;
}

/**
 * Opens the backup with the passphrase or recovery key (WrongPassphraseError if neither
 * fits), checks every record, and works out where it goes and what it would change.
 * Nothing is written.
 */
export function openBackup(
  read: ReadBackup,
  proof: Proof,
  onProgress: (progress: Progress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<OpenedBackup> {
  return timed('journal:restore:open', async () => {
    const key =
      'passphrase' in proof
        ? await unlockWithPassphrase(read.vault, proof.passphrase, signal)
        : await abortable(unlockWithRecoveryKey(read.vault, proof.recoveryKey), signal);
    checkCancelled(signal);
    const { opened, unreadable } = await openAll(read, key, onProgress, signal);
    const target = await chooseTarget(read, key);
    checkCancelled(signal);
    const foreign = await otherVaultsRecordIds(target.vaultId);
    const taken = new Set(TABLES.flatMap((table) => [...foreign[table]]));
    const ids = targetIds(opened, read.vault.id, target.vaultId, taken);
    const records = await sealForTarget(opened, ids, key, target.vaultId, signal);
    const local =
      target.kind === 'same'
        ? await vaultStamps(target.vaultId)
        : { journalEntries: [], drafts: [], actionCards: [], checkIns: [] };
    const header: Vault = {
      ...read.vault,
      id: target.vaultId,
      label: target.label,
      keyCheck: await makeKeyCheck(key, target.vaultId),
    };
    return {
      summary: read.summary,
      target,
      header,
      records,
      unreadable,
      comparison: compare(stampsOf(records), local),
      key,
    };
  });
}

// ---- 3. Apply ---------------------------------------------------------------------------

export type RestoreMode = 'merge' | 'replace';

/**
 * Writes the restore in one transaction. Merge adds what the journal lacks and takes the
 * backup's copy only where it is newer; replace makes the journal exactly the backup,
 * after keeping it as it was for undoRestore. A new or separate journal is added whole.
 */
export async function applyRestore(
  opened: OpenedBackup,
  mode: RestoreMode,
  clock: Clock,
  signal?: AbortSignal,
): Promise<Vault> {
  const { target } = opened;
  await timed('journal:restore:write', async () => {
    if (target.kind !== 'same') {
      await writeRestore({
        vaultId: target.vaultId,
        newHeader: opened.header,
        records: opened.records,
        mode: 'merge',
        now: clock.now(),
        signal,
      });
      return;
    }
    let records = opened.records;
    if (mode === 'merge') {
      const local = await vaultStamps(target.vaultId);
      records = { ...records };
      for (const table of TABLES) records[table] = mergeSelection(records[table], local[table]);
    }
    await writeRestore({ vaultId: target.vaultId, records, mode, now: clock.now(), signal });
  });
  const stored = (await getVaultHeader(target.vaultId)) as Vault;
  // A journal from before key checks existed gets one now: it has just proved its key.
  if (!stored.keyCheck) {
    stored.keyCheck = opened.header.keyCheck;
    await updateVaultHeader(target.vaultId, { keyCheck: stored.keyCheck });
  }
  return stored;
}
