// Making the encrypted backup file, with progress and cancel, and checking it afterwards:
// the file is read back the way a restore reads it, every record is opened with the
// journal's key, and the counts must match what was written.
import { vaultContents } from '../../db/journal';
import type { Clock } from '../../domain/clock';
import { cleanJournalName } from '../../domain/journal-name';
import type { Sealer } from '../../domain/types';
import {
  backupEnvelope,
  BACKUP_TABLES,
  encodeBackupFile,
  type BackupCounts,
  type BackupTable,
} from '../../vault/backup-format';
import { readBackupFile } from '../../vault/backup-reader';
import { timed } from '../../vault/timing';
import type { Vault } from '../../vault/vault';

import { breathe, type Progress } from './restore';

export type { Progress } from './restore';

function checkCancelled(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
}

export interface MadeBackup {
  blob: Blob;
  counts: BackupCounts;
}

export function makeBackup(
  vault: Vault,
  clock: Clock,
  onProgress: (progress: Progress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<MadeBackup> {
  return timed('journal:backup', () => backUp(vault, clock, onProgress, signal));
}

async function backUp(
  vault: Vault,
  clock: Clock,
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<MadeBackup> {
  // Steps: reading (1), one per record encoded, writing the file (1).
  onProgress({ done: 0, total: 1 });
  const contents = await vaultContents(vault.id);
  checkCancelled(signal);
  const counts = Object.fromEntries(
    (Object.keys(BACKUP_TABLES) as BackupTable[]).map((t) => [t, contents[t].length]),
  ) as BackupCounts;
  const records = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const total = records + 2;
  onProgress({ done: 1, total });
  await breathe();
  const envelope = await backupEnvelope(vault, contents, clock.now(), async (done) => {
    checkCancelled(signal);
    onProgress({ done: 1 + done, total });
    await breathe();
  });
  checkCancelled(signal);
  onProgress({ done: total - 1, total });
  await breathe();
  const bytes = encodeBackupFile(envelope);
  checkCancelled(signal);
  onProgress({ done: total, total });
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
  return { blob, counts };
}

/** The backup did not read back as written: it must not be trusted. */
export class BackupCheckError extends Error {
  override name = 'BackupCheckError';
  constructor() {
    super('The backup file did not read back correctly, so it was not saved. Please try again.');
  }
}

/**
 * Reads the file back as a restore would, opens every record with the journal's key and
 * compares the counts. Throws BackupCheckError if anything differs.
 */
export function checkBackup(
  made: MadeBackup,
  vault: Vault,
  sealer: Sealer,
  onProgress: (progress: Progress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<void> {
  return timed('journal:backup:check', async () => {
    let read;
    try {
      read = await readBackupFile(made.blob, signal);
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') throw error;
      throw new BackupCheckError();
    }
    const tables = Object.keys(BACKUP_TABLES) as BackupTable[];
    const unreadable = tables.some((t) => read.summary.unreadable[t] > 0);
    const counted = tables.every((t) => read.contents[t].length === made.counts[t]);
    if (read.vault.id !== vault.id || unreadable || !counted) throw new BackupCheckError();
    const all = tables.flatMap((t) => read.contents[t]);
    onProgress({ done: 0, total: all.length });
    for (let start = 0; start < all.length; start += 200) {
      const batch = all.slice(start, start + 200);
      const opened = await Promise.allSettled(batch.map((record) => sealer.open(record)));
      if (opened.some((result) => result.status === 'rejected')) throw new BackupCheckError();
      checkCancelled(signal);
      onProgress({ done: Math.min(start + 200, all.length), total: all.length });
      await breathe();
    }
  });
}

/**
 * Says whose journal, and when, so backups from a shared tablet are told apart: the name
 * its owner gave the journal (letters and digits only, so any file system takes it), then
 * the date and time.
 */
export function backupFileName(label: string, at: number): string {
  const d = new Date(at);
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  // 2026-11-03-1405, the device's time: sorts by time, safe in a file name, any locale.
  const stamp = `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
  const name = cleanJournalName(label)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `breathing-space-${name ? `${name}-` : ''}${stamp}.bsbackup`;
}
