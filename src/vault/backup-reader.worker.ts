// Reading a backup file happens here, off the main thread: a 30 MB file takes a few hundred
// milliseconds to unpack, parse and check, and a hostile one could take far longer. The
// page stays responsive, and Cancel ends this worker at once.
import { BackupFormatError, decodeBackupFile } from './backup-format';

interface WorkerScope {
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data }) => {
  try {
    const read = await decodeBackupFile(data);
    // Ciphertexts move to the page without a copy.
    const transfer = Object.values(read.contents).flatMap((rows) =>
      rows.flatMap((row) => [row.ct, row.iv.buffer as ArrayBuffer]),
    );
    scope.postMessage({ read }, transfer);
  } catch (error) {
    const problem = error instanceof BackupFormatError ? error.problem : 'damaged';
    scope.postMessage({ problem });
  }
};
