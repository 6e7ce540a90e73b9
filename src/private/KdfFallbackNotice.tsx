import { hasWebAssembly } from '../vault/kdf';

/**
 * Said once, at set-up, when the journal uses PBKDF2 rather than Argon2id: because
 * WebAssembly is off here, or because this device could not run Argon2id.
 */
export function KdfFallbackNotice() {
  const why = hasWebAssembly()
    ? 'This device could not run the stronger protection for passphrases (Argon2id): it most likely ran short of memory.'
    : 'WebAssembly is switched off in this browser (as in Lockdown Mode on an iPad), so it cannot run the stronger protection for passphrases (Argon2id).';
  return (
    <section class="card notice-warning no-print" aria-labelledby="kdf-fallback-heading">
      <h2 id="kdf-fallback-heading">Your journal uses the standard protection</h2>
      <p>
        {why} Your journal uses the standard one, PBKDF2, instead: with a good passphrase it is
        still well protected. When you unlock it on a device that can run Argon2id, the app switches
        to it by itself.
      </p>
    </section>
  );
}
