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

/**
 * Why key derivation could not run here: WebAssembly is switched off (iPad Lockdown Mode),
 * or it is there but Argon2id still failed (an older device that cannot spare its memory).
 */
export type KdfFailure = 'no-webassembly' | 'argon2id-failed';

const KDF_FAILURE_MESSAGES: Record<KdfFailure, string> = {
  'no-webassembly':
    'This browser cannot check a passphrase the way this journal was set up: WebAssembly is switched off here (as in Lockdown Mode on an iPad). Your recovery key opens it in any browser.',
  'argon2id-failed':
    'This device could not run the passphrase check this journal was set up with: it most likely ran short of memory. Closing other apps and tabs and trying again may help. Your recovery key opens it on any device.',
};

/** What to tell the user when WebAssembly is off: the recovery key still works. */
/** Key derivation could not run here: no WebAssembly, or Argon2id failed on this device. */
export class KdfUnavailableError extends Error {
  override name = 'KdfUnavailableError';
  constructor(readonly failure: KdfFailure = 'no-webassembly') {
    super(
      failure === 'no-webassembly'
        ? 'This browser cannot run the key derivation this journal was made with.'
        : 'Argon2id could not run on this device.',
    );
  }
}

/** What actually failed, in plain words, and that the recovery key still works. */
export function kdfUnavailableMessage(error: KdfUnavailableError): string {
  return KDF_FAILURE_MESSAGES[error.failure];
}
