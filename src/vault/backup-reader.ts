// Opens a backup file for reading: in a worker in the browser (see backup-reader.worker.ts),
// in-process where there are no workers (tests). Either way the result is checked already.
import { abortable } from './kdf';
import {
  BackupFormatError,
  decodeBackupFile,
  type BackupProblem,
  type ReadBackup,
} from './backup-format';

/** Reads and checks a backup file; BackupFormatError says what is wrong with a bad one. */
export function readBackupFile(file: Blob, signal?: AbortSignal): Promise<ReadBackup> {
  if (typeof Worker === 'undefined') return abortable(decodeBackupFile(file), signal);
  const worker = new Worker(new URL('./backup-reader.worker.ts', import.meta.url), {
    type: 'module',
  });
  const reading = new Promise<ReadBackup>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<{ read?: ReadBackup; problem?: BackupProblem }>) =>
      data.read ? resolve(data.read) : reject(new BackupFormatError(data.problem));
    worker.onerror = () => reject(new BackupFormatError('damaged'));
    worker.postMessage(file);
  });
  // Cancelling ends the worker, which frees the processor and the memory at once.
  signal?.addEventListener('abort', () => worker.terminate(), { once: true });
  return abortable(reading, signal).finally(() => worker.terminate());
}
