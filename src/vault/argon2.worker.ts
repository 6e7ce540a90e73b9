// Argon2id runs here, off the main thread, so the page stays responsive for the second
// it takes. hash-wasm loads only inside this worker.
import { argon2id } from 'hash-wasm';

export interface Argon2Request {
  id: number;
  password: Uint8Array;
  salt: Uint8Array;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<Argon2Request>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data }) => {
  try {
    const hash = await argon2id({
      password: data.password,
      salt: data.salt,
      memorySize: data.memoryKiB,
      iterations: data.iterations,
      parallelism: data.parallelism,
      hashLength: 32,
      outputType: 'binary',
    });
    data.password.fill(0);
    scope.postMessage({ id: data.id, hash }, [hash.buffer]);
  } catch {
    scope.postMessage({ id: data.id, error: true });
  }
};
