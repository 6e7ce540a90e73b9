// Whether Argon2id runs on this device. WebAssembly can be there and Argon2id still fail: an
// older iPad that cannot spare the 64 MiB, a browser without module workers. Once it has
// failed, new wraps use PBKDF2 and no journal is re-wrapped to Argon2id for a month, so the
// device is not asked again and again for what it cannot give; after that it gets another
// try (a browser update may have fixed it). The note is a date, nothing private. It is kept
// in localStorage because the choice of key derivation is made synchronously, before any
// database is read.

const KEY = 'breathing-space:argon2id-failed-at';

/** How long a failure stands before the device is given another try. */
export const ARGON2ID_RETRY_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/** The failure, when the browser would not keep the note (storage blocked). */
let unkept: number | null = null;

/** Notes that Argon2id failed on this device just now. */
export function noteArgon2idFailed(now: number = Date.now()): void {
  try {
    localStorage.setItem(KEY, String(now));
    unkept = null;
  } catch {
    unkept = now;
  }
}

function failedAt(): number | null {
  try {
    const stored = Number(localStorage.getItem(KEY));
    if (stored > 0) return stored;
  } catch {
    // Storage blocked: only this page's own note counts.
  }
  return unkept;
}

/** True when Argon2id failed here within the last ARGON2ID_RETRY_AFTER_MS. */
export function hasArgon2idFailedRecently(now: number = Date.now()): boolean {
  const at = failedAt();
  return at !== null && at <= now && now - at < ARGON2ID_RETRY_AFTER_MS;
}
