// Sealing private records: AES-GCM with a fresh random 96-bit IV for every write, and the
// record's vault, kind, id and format version bound in as additional data, so a record
// cannot be altered, swapped with another or moved to another vault unnoticed.
import type { Clock } from '../domain/clock';
import { systemClock } from '../domain/clock';
import type { RecordId, SealedKind, SealedRecord, Sealer, VaultId } from '../domain/types';
import { IvReuseError, TamperedRecordError } from './errors';

/** Format version of the sealed plaintext (JSON); raise it when the shape changes. */
const SEALED_FORMAT = 1;

export type RandomBytes = (length: number) => Uint8Array;

const systemRandom: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

function additionalData(
  vaultId: string,
  kind: string,
  id: string,
  v: number,
): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`breathing-space/sealed|${vaultId}|${kind}|${id}|${v}`);
}

/**
 * The ciphertext as a view: Web Crypto accepts a view over a buffer from any realm (a row
 * read from a file or another window), where a bare ArrayBuffer must be its own realm's.
 */
function ciphertextOf(record: SealedRecord): Uint8Array<ArrayBuffer> {
  return new Uint8Array(record.ct);
}

function ivKey(iv: Uint8Array): string {
  return String.fromCharCode(...iv);
}

/** A sealer for one unlocked vault. The key stays inside this closure. */
export function createSealer(
  key: CryptoKey,
  vaultId: VaultId,
  { clock = systemClock, random = systemRandom }: { clock?: Clock; random?: RandomBytes } = {},
): Sealer & { vaultId: VaultId; verify(record: SealedRecord): Promise<boolean> } {
  // Each IV this session used: a repeat (a broken random source) must never encrypt.
  const usedIvs = new Set<string>();

  return {
    vaultId,
    async seal<T>(kind: SealedKind, id: RecordId, value: T): Promise<SealedRecord> {
      const iv = random(12);
      const seen = ivKey(iv);
      if (iv.length !== 12 || usedIvs.has(seen)) throw new IvReuseError();
      usedIvs.add(seen);
      const plaintext = new TextEncoder().encode(JSON.stringify(value));
      const ct = await crypto.subtle.encrypt(
        {
          name: 'AES-GCM',
          iv: iv as Uint8Array<ArrayBuffer>,
          additionalData: additionalData(vaultId, kind, id, SEALED_FORMAT),
        },
        key,
        plaintext,
      );
      return { id, vaultId, kind, v: SEALED_FORMAT, iv, ct, updatedAt: clock.now() };
    },

    /** True when the record decrypts and passes its integrity check; nothing is parsed. */
    async verify(record: SealedRecord): Promise<boolean> {
      if (record.vaultId !== vaultId) return false;
      try {
        await crypto.subtle.decrypt(
          {
            name: 'AES-GCM',
            iv: record.iv as Uint8Array<ArrayBuffer>,
            additionalData: additionalData(record.vaultId, record.kind, record.id, record.v),
          },
          key,
          ciphertextOf(record),
        );
        return true;
      } catch {
        return false;
      }
    },

    async open<T>(record: SealedRecord): Promise<T> {
      if (record.vaultId !== vaultId) throw new TamperedRecordError(record.id);
      try {
        const plaintext = await crypto.subtle.decrypt(
          {
            name: 'AES-GCM',
            iv: record.iv as Uint8Array<ArrayBuffer>,
            additionalData: additionalData(record.vaultId, record.kind, record.id, record.v),
          },
          key,
          ciphertextOf(record),
        );
        return JSON.parse(new TextDecoder().decode(plaintext)) as T;
      } catch {
        throw new TamperedRecordError(record.id);
      }
    },
  };
}
