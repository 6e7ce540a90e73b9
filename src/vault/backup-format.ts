// The encrypted backup file: a versioned JSON envelope holding the vault
// header (wrapped keys and KDF parameters) and every sealed record as it is stored. Nothing
// in it is readable without the passphrase or the recovery key. Reading validates every
// field, so a damaged or truncated file is refused before anything is written.
import { fromBase64, toBase64 } from '../domain/encoding';
import type { RecordId, SealedKind, SealedRecord, VaultId } from '../domain/types';
import type { KdfParams } from './kdf';
import { VAULT_FORMAT, type Vault } from './vault';

export const BACKUP_FORMAT = 'breathing-space/encrypted-journal-backup';
export const BACKUP_VERSION = 1;

export const BACKUP_TABLES = {
  journalEntries: 'journal-entry',
  drafts: 'draft',
  actionCards: 'action-card',
  checkIns: 'check-in',
} as const satisfies Record<string, SealedKind>;

export type BackupTable = keyof typeof BACKUP_TABLES;
export type BackupContents = Record<BackupTable, SealedRecord[]>;

/** The file is not a backup of ours, or it is damaged or incomplete. */
export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
  constructor() {
    super('This file is not a Breathing Space journal backup, or it is damaged or incomplete.');
  }
}

type Row = [id: string, v: number, iv: string, ct: string, updatedAt: number];

function encodeKdf(kdf: KdfParams) {
  return { ...kdf, salt: toBase64(kdf.salt) };
}

const ROWS_PER_BATCH = 500;

/**
 * The envelope as a plain object, ready for JSON. `afterBatch` runs after every 500 rows,
 * so a caller can show progress, let the page paint and honour Cancel.
 */
export async function backupEnvelope(
  vault: Vault,
  contents: BackupContents,
  createdAt: number,
  afterBatch: (rowsDone: number) => Promise<void> = async () => undefined,
) {
  const records = {} as Record<BackupTable, Row[]>;
  let count = 0;
  for (const table of Object.keys(BACKUP_TABLES) as BackupTable[]) {
    records[table] = [];
    for (const r of contents[table]) {
      records[table].push([r.id, r.v, toBase64(r.iv), toBase64(new Uint8Array(r.ct)), r.updatedAt]);
      count += 1;
      if (count % ROWS_PER_BATCH === 0) await afterBatch(count);
    }
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt,
    vault: {
      id: vault.id,
      createdAt: vault.createdAt,
      format: vault.format,
      label: vault.label,
      kdf: encodeKdf(vault.kdf),
      passphraseWrap: toBase64(vault.passphraseWrap),
      recoveryWrap: toBase64(vault.recoveryWrap),
    },
    count,
    records,
  };
}

function fail(): never {
  throw new BackupFormatError();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' && value.length > 0 && value.length < 1_000 ? value : fail();
}

function int(value: unknown, min = 0): number {
  return Number.isSafeInteger(value) && (value as number) >= min ? (value as number) : fail();
}

function bytes(value: unknown, length?: number): Uint8Array {
  if (typeof value !== 'string') fail();
  let decoded: Uint8Array;
  try {
    decoded = fromBase64(value);
  } catch {
    fail();
  }
  if (length !== undefined && decoded.length !== length) fail();
  return decoded;
}

function parseKdf(value: unknown): KdfParams {
  if (!isObject(value)) fail();
  const salt = bytes(value.salt);
  if (salt.length < 16) fail();
  if (value.algorithm === 'argon2id') {
    return {
      algorithm: 'argon2id',
      memoryKiB: int(value.memoryKiB, 8),
      iterations: int(value.iterations, 1),
      parallelism: int(value.parallelism, 1),
      salt,
    };
  }
  if (value.algorithm === 'pbkdf2-sha256') {
    return { algorithm: 'pbkdf2-sha256', iterations: int(value.iterations, 1), salt };
  }
  fail();
}

/** Validates a parsed envelope field by field; throws BackupFormatError on any flaw. */
export function parseEnvelope(value: unknown): { vault: Vault; contents: BackupContents } {
  const vault = parseEnvelopeVault(value);
  return { vault, contents: parseEnvelopeRecords(value, vault.id) };
}

/** The vault header alone, so key derivation can start while the records are checked. */
export function parseEnvelopeVault(value: unknown): Vault {
  if (!isObject(value) || value.format !== BACKUP_FORMAT || value.version !== BACKUP_VERSION) {
    fail();
  }
  const v = value.vault;
  if (!isObject(v) || v.format !== VAULT_FORMAT) fail();
  const vaultId = str(v.id) as VaultId;
  const vault: Vault = {
    id: vaultId,
    createdAt: int(v.createdAt),
    format: VAULT_FORMAT,
    label: typeof v.label === 'string' ? v.label.slice(0, 200) : fail(),
    kdf: parseKdf(v.kdf),
    passphraseWrap: bytes(v.passphraseWrap, 40),
    recoveryWrap: bytes(v.recoveryWrap, 40),
  };
  return vault;
}

export function parseEnvelopeRecords(value: unknown, vaultId: VaultId): BackupContents {
  if (!isObject(value) || !isObject(value.records)) fail();
  const contents = {} as BackupContents;
  let count = 0;
  for (const [table, kind] of Object.entries(BACKUP_TABLES) as [BackupTable, SealedKind][]) {
    const rows = value.records[table] ?? [];
    if (!Array.isArray(rows)) fail();
    contents[table] = rows.map((row: unknown): SealedRecord => {
      if (!Array.isArray(row) || row.length !== 5) fail();
      const ct = bytes(row[3]);
      if (ct.length < 16) fail();
      return {
        id: str(row[0]) as RecordId,
        vaultId,
        kind,
        v: int(row[1], 1),
        iv: bytes(row[2], 12),
        ct: ct.buffer as ArrayBuffer,
        updatedAt: int(row[4]),
      };
    });
    count += rows.length;
  }
  // A count that does not add up means records went missing on the way.
  if (int(value.count) !== count) fail();
  return contents;
}

const GZIP_MAGIC = [0x1f, 0x8b];

async function pipe(data: Uint8Array, stream: DecompressionStream) {
  const out = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/**
 * Serialises an envelope into the file's bytes. Not compressed: ciphertext does not
 * compress, and gzip doubled the time a backup took. (Reading accepts gzip too.)
 */
export function encodeBackupFile(envelope: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(envelope));
}

/** Reads a backup file's bytes (gzip or plain JSON) into a validated vault and records. */
export async function decodeBackupFile(
  data: Uint8Array,
): Promise<{ vault: Vault; contents: BackupContents }> {
  return parseEnvelope(await readBackupJson(data));
}

/** The file's JSON, unvalidated; BackupFormatError if it is not JSON at all. */
export async function readBackupJson(data: Uint8Array): Promise<unknown> {
  let json: Uint8Array = data;
  if (data[0] === GZIP_MAGIC[0] && data[1] === GZIP_MAGIC[1]) {
    try {
      json = await pipe(data, new DecompressionStream('gzip'));
    } catch {
      fail();
    }
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown;
  } catch {
    fail();
  }
}
