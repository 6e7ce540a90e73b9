// Making and restoring the encrypted backup file, with progress and cancel. A restore reads
// and checks everything (format, key, every record's integrity) before it writes, and then
// writes in one transaction, so a cancelled or failed restore changes nothing.
import { replaceVault, vaultContents } from '../../db/journal';
import type { Clock } from '../../domain/clock';
import {
  backupEnvelope,
  BackupFormatError,
  encodeBackupFile,
  parseEnvelopeRecords,
  parseEnvelopeVault,
  readBackupJson,
  type BackupTable,
} from '../../vault/backup-format';
import { createSealer } from '../../vault/sealer';
import { timed } from '../../vault/timing';
import { unlockWithPassphrase, unlockWithRecoveryKey, type Vault } from '../../vault/vault';

export interface Progress {
  done: number;
  total: number;
}

export type Proof = { passphrase: string } | { recoveryKey: string };

const BATCH = 500;

function checkCancelled(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
}

/** Yields to the event loop so progress paints and Cancel can be pressed. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function makeBackup(
  vault: Vault,
  clock: Clock,
  onProgress: (progress: Progress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<Blob> {
  return timed('journal:backup', () => backUp(vault, clock, onProgress, signal));
}

async function backUp(
  vault: Vault,
  clock: Clock,
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  // Steps: reading (1), one per record encoded, writing the file (1).
  onProgress({ done: 0, total: 1 });
  const contents = await vaultContents(vault.id);
  checkCancelled(signal);
  const records = Object.values(contents).reduce((sum, rows) => sum + rows.length, 0);
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
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
}

/** The file name says what it is and when, never whose or what is inside. */
export function backupFileName(isoDate: string): string {
  return `breathing-space-journal-backup-${isoDate}.bsbackup`;
}

export function restoreBackup(
  data: Uint8Array,
  proof: Proof,
  onProgress: (progress: Progress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<{ vault: Vault; key: CryptoKey }> {
  return timed('journal:restore', () => restore(data, proof, onProgress, signal));
}

async function restore(
  data: Uint8Array,
  proof: Proof,
  onProgress: (progress: Progress) => void,
  signal?: AbortSignal,
): Promise<{ vault: Vault; key: CryptoKey }> {
  const parsed = await readBackupJson(data);
  const vault = parseEnvelopeVault(parsed);
  checkCancelled(signal);
  // The key derivation runs in a worker while this thread checks the records' format.
  const unlocking =
    'passphrase' in proof
      ? unlockWithPassphrase(vault, proof.passphrase)
      : unlockWithRecoveryKey(vault, proof.recoveryKey);
  unlocking.catch(() => undefined);
  const contents = parseEnvelopeRecords(parsed, vault.id);
  const key = await unlocking;
  checkCancelled(signal);
  const sealer = createSealer(key, vault.id);
  const all = (Object.keys(contents) as BackupTable[]).flatMap((table) => contents[table]);
  onProgress({ done: 0, total: all.length });
  for (let start = 0; start < all.length; start += BATCH) {
    const batch = all.slice(start, start + BATCH);
    const checked = await Promise.all(batch.map((record) => sealer.verify(record)));
    if (checked.includes(false)) throw new BackupFormatError();
    checkCancelled(signal);
    onProgress({ done: Math.min(start + BATCH, all.length), total: all.length });
    await breathe();
  }
  checkCancelled(signal);
  await timed('journal:restore:write', () => replaceVault(vault, contents));
  return { vault, key };
}
