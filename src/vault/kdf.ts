// Turning a passphrase into a key-wrapping key. Argon2id (memory-hard) is the primary KDF;
// PBKDF2-SHA-256 via Web Crypto is the fallback where WebAssembly is unavailable (iPad
// Lockdown Mode) or Argon2id fails to run (a device short of memory). The parameters are
// stored in the vault header so they can be raised later.
import { hasArgon2idFailedRecently, noteArgon2idFailed } from './argon2-support';
import { KdfUnavailableError } from './errors';
import { timed } from './timing';

export interface Argon2idParams {
  algorithm: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: Uint8Array;
}

export interface Pbkdf2Params {
  algorithm: 'pbkdf2-sha256';
  iterations: number;
  salt: Uint8Array;
}

export type KdfParams = Argon2idParams | Pbkdf2Params;

/** Tuned to take about a second here; never below OWASP's 19 MiB, t=2. */
export const ARGON2ID_COST = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;

/**
 * The costs a file may ask for. A backup's header is read before anyone can vouch for it:
 * unbounded costs would let a crafted file hold the processor (or exhaust memory) for as
 * long as it liked. Everything this app has ever written lies well inside.
 */
export const KDF_BOUNDS = {
  argon2id: { memoryKiB: [8, 256 * 1024], iterations: [1, 10], parallelism: [1, 4] },
  pbkdf2: { iterations: [100_000, 5_000_000] },
} as const;

const within = (value: number, [min, max]: readonly [number, number]) =>
  Number.isSafeInteger(value) && value >= min && value <= max;

/** True when the parameters lie inside KDF_BOUNDS (see there for why). */
export function isWithinKdfBounds(params: KdfParams): boolean {
  if (params.algorithm === 'pbkdf2-sha256') {
    return within(params.iterations, KDF_BOUNDS.pbkdf2.iterations);
  }
  const bounds = KDF_BOUNDS.argon2id;
  return (
    within(params.memoryKiB, bounds.memoryKiB) &&
    within(params.iterations, bounds.iterations) &&
    within(params.parallelism, bounds.parallelism)
  );
}

export function hasWebAssembly(): boolean {
  return typeof globalThis.WebAssembly === 'object';
}

/**
 * A fresh copy of stored bytes in this realm, backed by a plain ArrayBuffer: rows read back
 * from IndexedDB (or a live query's cache) may come from another realm, which WebAssembly
 * libraries refuse.
 */
export function buffer(bytes: ArrayLike<number>): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Array.from(bytes)) as Uint8Array<ArrayBuffer>;
}

function randomSalt(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(16));
}

/** Whether this device should run Argon2id: WebAssembly is there and it has not failed lately. */
export function canRunArgon2id(): boolean {
  return hasWebAssembly() && !hasArgon2idFailedRecently();
}

/** Fresh PBKDF2 parameters: for a device where Argon2id cannot run. */
export function newPbkdf2Params(): Pbkdf2Params {
  return { algorithm: 'pbkdf2-sha256', iterations: PBKDF2_ITERATIONS, salt: randomSalt() };
}

/** Fresh parameters for a new wrap: Argon2id where it runs, else PBKDF2. */
export function newKdfParams(): KdfParams {
  return canRunArgon2id()
    ? { algorithm: 'argon2id', ...ARGON2ID_COST, salt: randomSalt() }
    : newPbkdf2Params();
}

/**
 * True when a vault's key derivation is cheaper than what this device would choose today
 * (older, lower costs, or PBKDF2 where Argon2id now runs): re-wrap on the next unlock.
 * Where Argon2id has failed, PBKDF2 is today's choice, so nothing is re-wrapped to it.
 */
export function isWeakerThanCurrent(params: KdfParams): boolean {
  if (canRunArgon2id()) {
    return (
      params.algorithm !== 'argon2id' ||
      params.memoryKiB < ARGON2ID_COST.memoryKiB ||
      params.iterations < ARGON2ID_COST.iterations
    );
  }
  return params.algorithm === 'pbkdf2-sha256' && params.iterations < PBKDF2_ITERATIONS;
}

/** The same costs with a fresh salt (changing the passphrase never reuses a salt). */
export function withFreshSalt(params: KdfParams): KdfParams {
  return { ...params, salt: randomSalt() };
}

/** Passphrases are NFKC-normalised, so "ü" typed either way opens the same journal. */
export function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return buffer(new TextEncoder().encode(passphrase.normalize('NFKC')));
}

/**
 * Derives the AES-KW key that wraps the data key. Not extractable. An abort stops Argon2id
 * at once (its worker is ended); PBKDF2 in Web Crypto cannot be stopped, so its result is
 * dropped instead (KDF_BOUNDS keeps that to a few seconds).
 */
export function deriveWrappingKey(
  passphrase: string,
  params: KdfParams,
  signal?: AbortSignal,
): Promise<CryptoKey> {
  return timed('vault:kdf', () => abortable(derive(passphrase, params, signal), signal));
}

function abortError(): DOMException {
  return new DOMException('Cancelled', 'AbortError');
}

/** The promise, or an AbortError as soon as the signal fires. */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function derive(
  passphrase: string,
  params: KdfParams,
  signal?: AbortSignal,
): Promise<CryptoKey> {
  const password = passphraseBytes(passphrase);
  if (params.algorithm === 'pbkdf2-sha256') {
    const base = await crypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveKey']);
    return crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: buffer(params.salt), iterations: params.iterations },
      base,
      { name: 'AES-KW', length: 256 },
      false,
      ['wrapKey', 'unwrapKey'],
    );
  }
  if (!hasWebAssembly()) throw new KdfUnavailableError('no-webassembly');
  const bytes = await runArgon2id(password, params, signal);
  try {
    return await crypto.subtle.importKey('raw', buffer(bytes), 'AES-KW', false, [
      'wrapKey',
      'unwrapKey',
    ]);
  } finally {
    bytes.fill(0);
  }
}

/**
 * Raw Argon2id output (32 bytes): in a worker in the browser, in-process elsewhere (tests).
 * If Argon2id cannot run (the worker fails to start, or its memory cannot be had), the
 * device is noted (see argon2-support.ts) and KdfUnavailableError says so.
 */
export async function runArgon2id(
  password: Uint8Array,
  params: Argon2idParams,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  if (signal?.aborted) throw abortError();
  try {
    return await (typeof Worker === 'undefined'
      ? argon2idInProcess(password, params)
      : argon2idInWorker(password, params, signal));
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') throw error;
    // Only a failure at the costs this app chooses says the device cannot run them: a
    // backup file asking for more (within KDF_BOUNDS) must not steer new journals to PBKDF2.
    if (params.memoryKiB <= ARGON2ID_COST.memoryKiB) noteArgon2idFailed();
    throw new KdfUnavailableError('argon2id-failed');
  }
}

async function argon2idInProcess(password: Uint8Array, params: Argon2idParams) {
  // Only tests run without workers; the build drops this branch, so hash-wasm stays in
  // the worker's chunk alone.
  if (import.meta.env.MODE !== 'test') throw new Error('No workers here.');
  const { argon2id } = await import('hash-wasm');
  return argon2id({
    password,
    salt: buffer(params.salt),
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
}

async function argon2idInWorker(
  password: Uint8Array,
  params: Argon2idParams,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const worker = new Worker(new URL('./argon2.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<{ hash?: Uint8Array; error?: boolean }>) =>
        data.hash ? resolve(data.hash) : reject(new Error('Argon2id failed in its worker.'));
      worker.onerror = () => reject(new Error('The Argon2id worker could not run.'));
      // Ending the worker is what frees the processor and the memory at once.
      signal?.addEventListener('abort', () => reject(abortError()), { once: true });
      worker.postMessage({
        id: 1,
        password,
        salt: buffer(params.salt),
        memoryKiB: params.memoryKiB,
        iterations: params.iterations,
        parallelism: params.parallelism,
      });
    });
  } finally {
    worker.terminate();
  }
}
