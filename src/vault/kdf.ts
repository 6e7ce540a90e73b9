// Turning a passphrase into a key-wrapping key. Argon2id (memory-hard) is the primary KDF;
// PBKDF2-SHA-256 via Web Crypto is the fallback where WebAssembly is unavailable (iPad
// Lockdown Mode). The parameters are stored in the vault header so they can be raised later.
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

/** Fresh parameters for a new wrap: Argon2id where possible, else PBKDF2. */
export function newKdfParams(): KdfParams {
  return hasWebAssembly()
    ? { algorithm: 'argon2id', ...ARGON2ID_COST, salt: randomSalt() }
    : { algorithm: 'pbkdf2-sha256', iterations: PBKDF2_ITERATIONS, salt: randomSalt() };
}

/**
 * True when a vault's key derivation is cheaper than what this device would choose today
 * (older, lower costs, or PBKDF2 where Argon2id now runs): re-wrap on the next unlock.
 */
export function isWeakerThanCurrent(params: KdfParams): boolean {
  if (hasWebAssembly()) {
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

/** Derives the AES-KW key that wraps the data key. Not extractable. */
export function deriveWrappingKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  return timed('vault:kdf', () => derive(passphrase, params));
}

async function derive(passphrase: string, params: KdfParams): Promise<CryptoKey> {
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
  if (!hasWebAssembly()) throw new KdfUnavailableError();
  const bytes = await runArgon2id(password, params);
  try {
    return await crypto.subtle.importKey('raw', buffer(bytes), 'AES-KW', false, [
      'wrapKey',
      'unwrapKey',
    ]);
  } finally {
    bytes.fill(0);
  }
}

/** Raw Argon2id output (32 bytes): in a worker in the browser, in-process elsewhere (tests). */
export async function runArgon2id(
  password: Uint8Array,
  params: Argon2idParams,
): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') {
    // Only tests run without workers; the build drops this branch, so hash-wasm stays in
    // the worker's chunk alone.
    if (import.meta.env.MODE !== 'test') throw new KdfUnavailableError();
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
  const worker = new Worker(new URL('./argon2.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<{ hash?: Uint8Array; error?: boolean }>) =>
        data.hash ? resolve(data.hash) : reject(new KdfUnavailableError());
      worker.onerror = () => reject(new KdfUnavailableError());
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
