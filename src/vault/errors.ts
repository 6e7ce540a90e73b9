// What can go wrong when opening a vault or a record, as types the UI can explain.
import type { RecordId } from '../domain/types';

/** The passphrase or recovery key does not open this vault. Nothing was changed. */
export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor() {
    super('That passphrase or recovery key does not open this journal.');
  }
}

/**
 * A sealed record failed its integrity check: altered, corrupted, or moved from another
 * record or vault. It is reported and kept, never deleted.
 */
export class TamperedRecordError extends Error {
  override name = 'TamperedRecordError';
  constructor(readonly recordId: RecordId) {
    super('A private record could not be decrypted: it has been altered or damaged.');
  }
}

/** The random source produced an IV this session already used: refuse to encrypt. */
export class IvReuseError extends Error {
  override name = 'IvReuseError';
  constructor() {
    super('Encryption refused: a nonce would have been reused.');
  }
}

/** What to tell the user when key derivation cannot run here: the recovery key still works. */
export const KDF_UNAVAILABLE_MESSAGE =
  'This browser cannot check a passphrase the way this journal was set up: WebAssembly is switched off here (as in Lockdown Mode on an iPad). Your recovery key opens it in any browser.';

/** Key derivation could not run here (no WebAssembly for a vault that needs Argon2id). */
export class KdfUnavailableError extends Error {
  override name = 'KdfUnavailableError';
  constructor() {
    super('This browser cannot run the key derivation this journal was made with.');
  }
}
