// The encrypted backup file: a versioned JSON envelope holding the vault header (wrapped
// keys and KDF parameters) and every sealed record as it is stored. Nothing in it is
// readable without the passphrase or the recovery key.
//
// Reading trusts nothing: the header is validated before any key work (its KDF costs
// within fixed bounds), and each record on its own, so one damaged record is counted and
// left out rather than hiding the rest. `backup-reader.ts` runs this off the main thread.
import * as v from 'valibot';
import { fromBase64, toBase64 } from '../domain/encoding';
import type { RecordId, SealedKind, SealedRecord, VaultId } from '../domain/types';
import { isWithinKdfBounds, type KdfParams } from './kdf';
import { VAULT_FORMAT, type Vault } from './vault';

const BACKUP_FORMAT = 'breathing-space/encrypted-journal-backup';
const BACKUP_VERSION = 1;

export const BACKUP_TABLES = {
  journalEntries: 'journal-entry',
  drafts: 'draft',
  actionCards: 'action-card',
  checkIns: 'check-in',
} as const satisfies Record<string, SealedKind>;

export type BackupTable = keyof typeof BACKUP_TABLES;
export type BackupContents = Record<BackupTable, SealedRecord[]>;
export type BackupCounts = Record<BackupTable, number>;

/**
 * Far beyond any real journal (10,000 entries of 1.5 KB make a 30 MB file), and low enough
 * that a hostile file is refused before it can exhaust a tablet's memory.
 */
export const BACKUP_LIMITS = {
  fileBytes: 200 * 1024 * 1024,
  /** After gzip is undone: a small file may not unpack into a huge one. */
  jsonBytes: 256 * 1024 * 1024,
  records: 100_000,
};

export type BackupProblem =
  'not-a-backup' | 'damaged' | 'too-new' | 'too-large' | 'too-many-records' | 'unsafe-kdf';

const PROBLEM_MESSAGES: Record<BackupProblem, string> = {
  'not-a-backup': 'This file is not a Breathing Space journal backup.',
  damaged: 'This backup file is damaged or incomplete.',
  'too-new':
    'This backup was made by a newer version of Breathing Space. Update the app (Settings, then App version), then restore it.',
  'too-large': `This file is larger than any journal backup could be (over ${BACKUP_LIMITS.fileBytes / 1024 / 1024} MB, or more once unpacked), so it was not opened.`,
  'too-many-records': `This file holds more records than any journal (over ${BACKUP_LIMITS.records.toLocaleString('en-GB')}), so it was not opened.`,
  'unsafe-kdf':
    'This backup asks for key-derivation settings outside the safe range, so it was not opened. It was not made by this app, or it has been altered.',
};

/** The file cannot be restored, and why, in words for its owner. */
export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
  constructor(readonly problem: BackupProblem = 'damaged') {
    super(PROBLEM_MESSAGES[problem]);
  }
}

/** What the file says of itself: shown as soon as it is picked, before any key work. */
export interface BackupSummary {
  label: string;
  vaultId: VaultId;
  /** When the backup was made. */
  createdAt: number;
  /** The app version that made it (absent in files from before it was recorded). */
  appVersion: string | null;
  counts: BackupCounts;
  /** Records whose row in the file is malformed, missing or repeated: left out. */
  unreadable: BackupCounts;
}

export interface ReadBackup {
  summary: BackupSummary;
  vault: Vault;
  contents: BackupContents;
}

type Row = [id: string, v: number, iv: string, ct: string, updatedAt: number];

function emptyCounts(): BackupCounts {
  return { journalEntries: 0, drafts: 0, actionCards: 0, checkIns: 0 };
}

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
      if (count % 500 === 0) await afterBatch(count);
    }
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: __APP_VERSION__,
    createdAt,
    vault: {
      id: vault.id,
      createdAt: vault.createdAt,
      format: vault.format,
      label: vault.label,
      kdf: { ...vault.kdf, salt: toBase64(vault.kdf.salt) },
      passphraseWrap: toBase64(vault.passphraseWrap),
      recoveryWrap: toBase64(vault.recoveryWrap),
    },
    count,
    records,
  };
}

// ---- Reading ----------------------------------------------------------------------------

/** Base64 of at most `maxBytes` bytes (exactly `length`, when given), decoded. */
const bytes = (maxBytes: number, length?: number) =>
  v.pipe(
    v.string(),
    v.maxLength(Math.ceil(maxBytes / 3) * 4 + 2),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      try {
        return fromBase64(dataset.value);
      } catch {
        addIssue();
        return NEVER;
      }
    }),
    v.check(
      (decoded) =>
        decoded.length <= maxBytes && (length === undefined || decoded.length === length),
    ),
  );

const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  v.pipe(v.number(), v.safeInteger(), v.minValue(min), v.maxValue(max));

const Kdf = v.variant('algorithm', [
  v.object({
    algorithm: v.literal('argon2id'),
    memoryKiB: int(1),
    iterations: int(1),
    parallelism: int(1),
    salt: v.pipe(
      bytes(64),
      v.check((salt) => salt.length >= 16),
    ),
  }),
  v.object({
    algorithm: v.literal('pbkdf2-sha256'),
    iterations: int(1),
    salt: v.pipe(
      bytes(64),
      v.check((salt) => salt.length >= 16),
    ),
  }),
]);

const VaultHeaderSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  createdAt: int(0),
  format: v.literal(VAULT_FORMAT),
  label: v.pipe(v.string(), v.maxLength(1_000)),
  kdf: Kdf,
  passphraseWrap: bytes(40, 40),
  recoveryWrap: bytes(40, 40),
});

const Envelope = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  appVersion: v.optional(v.pipe(v.string(), v.maxLength(100))),
  createdAt: int(0),
  vault: VaultHeaderSchema,
  count: int(0),
  records: v.record(v.string(), v.unknown()),
});

/** A sealed record: at most 16 MB of ciphertext (one entry is a few KB). */
const RowSchema = v.tuple([
  v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  int(1, 1_000),
  bytes(12, 12),
  v.pipe(
    bytes(16 * 1024 * 1024),
    v.check((ct) => ct.length >= 16),
  ),
  int(0),
]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The header alone: is it ours, from which version, and are its KDF costs bounded? */
function parseHeader(value: unknown) {
  if (!isObject(value) || value.format !== BACKUP_FORMAT) {
    throw new BackupFormatError('not-a-backup');
  }
  if (typeof value.version === 'number' && value.version > BACKUP_VERSION) {
    throw new BackupFormatError('too-new');
  }
  const parsed = v.safeParse(Envelope, value);
  if (!parsed.success) throw new BackupFormatError('damaged');
  const kdf = parsed.output.vault.kdf as KdfParams;
  if (!isWithinKdfBounds(kdf)) throw new BackupFormatError('unsafe-kdf');
  return parsed.output;
}

/**
 * Validates a parsed envelope: the header as a whole (any flaw refuses the file), then each
 * record on its own (a flawed one is counted in `unreadable` and left out).
 */
function parseEnvelope(value: unknown, limits = BACKUP_LIMITS): ReadBackup {
  const header = parseHeader(value);
  const vault: Vault = {
    ...header.vault,
    id: header.vault.id as VaultId,
    kdf: header.vault.kdf as KdfParams,
  };
  const tables = Object.entries(BACKUP_TABLES) as [BackupTable, SealedKind][];
  const total = tables.reduce((sum, [table]) => {
    const rows = header.records[table];
    return sum + (Array.isArray(rows) ? rows.length : 0);
  }, 0);
  if (total > limits.records) throw new BackupFormatError('too-many-records');

  const contents = {} as BackupContents;
  const counts = emptyCounts();
  const unreadable = emptyCounts();
  for (const [table, kind] of tables) {
    const rows = header.records[table] ?? [];
    if (!Array.isArray(rows)) throw new BackupFormatError('damaged');
    const byId = new Map<string, SealedRecord>();
    for (const row of rows) {
      const parsed = v.safeParse(RowSchema, row);
      if (!parsed.success || byId.has(parsed.output[0])) {
        unreadable[table] += 1;
        continue;
      }
      const [id, version, iv, ct, updatedAt] = parsed.output;
      byId.set(id, {
        id: id as RecordId,
        vaultId: vault.id,
        kind,
        v: version,
        iv,
        ct: ct.buffer as ArrayBuffer,
        updatedAt,
      });
    }
    contents[table] = [...byId.values()];
    counts[table] = contents[table].length;
  }
  // Rows the header counts but the file lacks went missing on the way: reported too.
  const missing = header.count - total;
  if (missing > 0) unreadable.journalEntries += missing;
  return {
    vault,
    contents,
    summary: {
      label: vault.label,
      vaultId: vault.id,
      createdAt: header.createdAt,
      appVersion: header.appVersion ?? null,
      counts,
      unreadable,
    },
  };
}

/**
 * Serialises an envelope into the file's bytes. Not compressed: ciphertext does not
 * compress, and gzip doubled the time a backup took. (Reading accepts gzip too.)
 */
export function encodeBackupFile(envelope: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(envelope));
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** All of a stream's bytes, refusing (and cancelling) once they pass `limit`. */
async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BackupFormatError('too-large');
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

/** The file's JSON: size-capped, gunzipped with a ceiling, strictly UTF-8. */
async function readBackupJson(file: Blob, limits = BACKUP_LIMITS): Promise<unknown> {
  if (file.size > limits.fileBytes) throw new BackupFormatError('too-large');
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  let json: Uint8Array;
  if (head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) {
    try {
      const stream = file.stream().pipeThrough(new DecompressionStream('gzip'));
      json = await readAll(stream, limits.jsonBytes);
    } catch (error) {
      if (error instanceof BackupFormatError) throw error;
      throw new BackupFormatError('damaged');
    }
  } else {
    json = new Uint8Array(await file.arrayBuffer());
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    // A file that starts like ours but has bytes that are not text was damaged on the way.
    const start = new TextDecoder().decode(json.subarray(0, 200));
    throw new BackupFormatError(start.includes(BACKUP_FORMAT) ? 'damaged' : 'not-a-backup');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A file that starts like ours but does not parse was cut short or altered.
    throw new BackupFormatError(text.includes(BACKUP_FORMAT) ? 'damaged' : 'not-a-backup');
  }
}

/** Reads a backup file into a validated header, summary and records (see parseEnvelope). */
export async function decodeBackupFile(file: Blob, limits = BACKUP_LIMITS): Promise<ReadBackup> {
  return parseEnvelope(await readBackupJson(file, limits), limits);
}
