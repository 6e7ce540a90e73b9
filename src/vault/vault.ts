// A vault: one person's journal on this device. A random 256-bit data key encrypts every
// record; it is stored only wrapped (AES-KW), once by the passphrase's key and once by the
// recovery key, so changing the passphrase re-wraps the data key and nothing else.
import { fromBase32, groupInFours, toBase32 } from '../domain/encoding';
import type {
  EpochMs,
  RecordId,
  SealedRecord,
  Sealer,
  VaultHeader,
  VaultId,
} from '../domain/types';
import { KdfUnavailableError, WrongPassphraseError } from './errors';
import { createSealer } from './sealer';
import {
  buffer,
  deriveWrappingKey,
  newKdfParams,
  newPbkdf2Params,
  withFreshSalt,
  type KdfParams,
} from './kdf';

export const VAULT_FORMAT = 1;

/** The stored header: key material only, never content, counts or dates of entries. */
export interface Vault extends VaultHeader {
  format: typeof VAULT_FORMAT;
  /** The name its owner chose, so they can pick theirs on a shared tablet. */
  label: string;
  kdf: KdfParams;
  passphraseWrap: Uint8Array;
  recoveryWrap: Uint8Array;
  /**
   * A fixed text sealed with the data key: a key that opens it is this journal's own.
   * A restore uses it to tell the same journal from an impostor with the same id. Absent
   * in journals made before it existed, until their next unlock.
   */
  keyCheck?: SealedRecord;
}

const KEY_CHECK_TEXT = 'breathing-space/key-check';

/** The key check for a vault, sealed by an open vault's sealer. */
export function sealKeyCheck(sealer: Sealer, vaultId: VaultId): Promise<SealedRecord> {
  return sealer.seal('key-check', vaultId as string as RecordId, KEY_CHECK_TEXT);
}

/** The key check for a vault, sealed with its data key. */
export function makeKeyCheck(key: CryptoKey, vaultId: VaultId): Promise<SealedRecord> {
  return sealKeyCheck(createSealer(key, vaultId), vaultId);
}

/**
 * Whether `key` is this vault's own data key: it opens the key check, or else one of the
 * given records of the vault. False when there is nothing to prove it with.
 */
export async function isVaultKey(
  key: CryptoKey,
  vault: Vault,
  records: readonly SealedRecord[] = [],
): Promise<boolean> {
  const sealer = createSealer(key, vault.id);
  if (vault.keyCheck) return sealer.verify(vault.keyCheck);
  for (const record of records) if (await sealer.verify(record)) return true;
  return false;
}

const DATA_KEY: AesKeyGenParams = { name: 'AES-GCM', length: 256 };

async function wrap(dataKey: CryptoKey, wrappingKey: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, 'AES-KW'));
}

async function unwrap(
  wrapped: Uint8Array,
  wrappingKey: CryptoKey,
  extractable = false,
): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      buffer(wrapped),
      wrappingKey,
      'AES-KW',
      DATA_KEY,
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    throw new WrongPassphraseError();
  }
}

function recoveryWrappingKey(recoveryKey: string): Promise<CryptoKey> {
  const bytes = fromBase32(recoveryKey);
  if (!bytes || bytes.length !== 32) return Promise.reject(new WrongPassphraseError());
  // 256 random bits need no slow KDF: the key itself is the wrapping key.
  return crypto.subtle.importKey('raw', bytes as Uint8Array<ArrayBuffer>, 'AES-KW', false, [
    'wrapKey',
    'unwrapKey',
  ]);
}

/**
 * The wrapping key for a new wrap, and the parameters that made it. Where Argon2id turns out
 * not to run on this device, PBKDF2 instead: a journal can always be set up, and a new
 * passphrase set, even where the stronger derivation cannot run (the header says which).
 */
async function deriveForNewWrap(
  passphrase: string,
  kdf: KdfParams,
): Promise<{ key: CryptoKey; kdf: KdfParams }> {
  try {
    return { key: await deriveWrappingKey(passphrase, kdf), kdf };
  } catch (error) {
    if (!(error instanceof KdfUnavailableError) || kdf.algorithm !== 'argon2id') throw error;
    const fallback = newPbkdf2Params();
    return { key: await deriveWrappingKey(passphrase, fallback), kdf: fallback };
  }
}

export interface CreatedVault {
  vault: Vault;
  /** Shown once, for the owner to print or write down; never stored. */
  recoveryKey: string;
  /** The data key, non-extractable, for this session. */
  key: CryptoKey;
}

export async function createVault(input: {
  id: VaultId;
  label: string;
  passphrase: string;
  now: EpochMs;
  kdf?: KdfParams;
}): Promise<CreatedVault> {
  const dataKey = await crypto.subtle.generateKey(DATA_KEY, true, ['encrypt', 'decrypt']);
  const { key: passphraseKey, kdf } = await deriveForNewWrap(
    input.passphrase,
    input.kdf ?? newKdfParams(),
  );
  const recoveryBytes = crypto.getRandomValues(new Uint8Array(32));
  const recoveryKey = groupInFours(toBase32(recoveryBytes));
  const recoveryWrap = await wrap(dataKey, await recoveryWrappingKey(recoveryKey));
  recoveryBytes.fill(0);
  const vault: Vault = {
    id: input.id,
    createdAt: input.now,
    format: VAULT_FORMAT,
    label: input.label,
    kdf,
    passphraseWrap: await wrap(dataKey, passphraseKey),
    recoveryWrap,
  };
  // From here on only a non-extractable copy of the data key is kept.
  const key = await unwrap(vault.passphraseWrap, passphraseKey);
  vault.keyCheck = await makeKeyCheck(key, vault.id);
  return { vault, recoveryKey, key };
}

/** Opens the data key with the passphrase; WrongPassphraseError if it does not fit. */
export async function unlockWithPassphrase(
  vault: Vault,
  passphrase: string,
  signal?: AbortSignal,
): Promise<CryptoKey> {
  return unwrap(vault.passphraseWrap, await deriveWrappingKey(passphrase, vault.kdf, signal));
}

/** Opens the data key with the printed recovery key. */
export async function unlockWithRecoveryKey(vault: Vault, recoveryKey: string): Promise<CryptoKey> {
  return unwrap(vault.recoveryWrap, await recoveryWrappingKey(recoveryKey));
}

/**
 * A new header with the data key wrapped by a new passphrase (fresh salt, the costs given,
 * or PBKDF2 where Argon2id cannot run here). The caller proves ownership with the current
 * passphrase or the recovery key. The data key is extractable only inside this function,
 * to be re-wrapped.
 */
export async function changePassphrase(
  vault: Vault,
  proof: { passphrase: string } | { recoveryKey: string },
  newPassphrase: string,
  kdf: KdfParams = withFreshSalt(vault.kdf),
): Promise<Vault> {
  const oldKey =
    'passphrase' in proof
      ? await deriveWrappingKey(proof.passphrase, vault.kdf)
      : await recoveryWrappingKey(proof.recoveryKey);
  const wrapped = 'passphrase' in proof ? vault.passphraseWrap : vault.recoveryWrap;
  const dataKey = await unwrap(wrapped, oldKey, true);
  const { key: newKey, kdf: used } = await deriveForNewWrap(newPassphrase, kdf);
  return { ...vault, kdf: used, passphraseWrap: await wrap(dataKey, newKey) };
}
