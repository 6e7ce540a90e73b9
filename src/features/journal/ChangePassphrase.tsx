import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { checkPassphrase } from '../../domain/passphrase';
import { passphraseHint } from '../../private/passphrase-words';
import {
  KdfUnavailableError,
  kdfUnavailableMessage,
  WrongPassphraseError,
} from '../../vault/errors';
import { newKdfParams } from '../../vault/kdf';
import { changePassphrase, type Vault } from '../../vault/vault';
import { JournalSecretField, PassphraseField, SecretKindToggle } from '../../ui/PassphraseField';
import { readVault } from '../../private/vaults';
import { putVaultHeader } from '../../private/private-data';
import { Button } from '../../ui/Button';

/** A new passphrase for this journal, proved by the current one or the recovery key. */
export function ChangePassphrase({ vault }: { vault: Vault }) {
  const { ui } = useAppState();
  const [current, setCurrent] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState('');
  const [isWorking, setWorking] = useState(false);
  const check = checkPassphrase(next);

  async function submit(event: Event) {
    event.preventDefault();
    if (isWorking) return;
    if (!check.isAcceptable) return setProblem(passphraseHint(check));
    if (next !== repeat) return setProblem('The two new passphrases are not the same.');
    setWorking(true);
    setProblem('');
    try {
      const stored = await readVault(vault.id);
      const proof = useRecovery ? { recoveryKey: current } : { passphrase: current };
      // Today's costs for this device: Argon2id where it runs, else PBKDF2.
      const changed = await changePassphrase(stored, proof, next, newKdfParams());
      await putVaultHeader(changed);
      setCurrent('');
      setNext('');
      setRepeat('');
      ui.notify(
        changed.kdf.algorithm === 'pbkdf2-sha256'
          ? 'Passphrase changed. This device cannot run the stronger protection (Argon2id), so the new passphrase uses the standard one, PBKDF2. Your recovery key still works.'
          : 'Passphrase changed. Your recovery key still works.',
        { tone: 'success' },
      );
    } catch (error) {
      if (error instanceof WrongPassphraseError) {
        setProblem(
          `That ${useRecovery ? 'recovery key' : 'passphrase'} is not right. Nothing has been changed.`,
        );
      } else if (error instanceof KdfUnavailableError) {
        setUseRecovery(true);
        setCurrent('');
        setProblem(`${kdfUnavailableMessage(error)} Use it instead of the current passphrase.`);
      } else ui.reportError(error, 'change the passphrase');
    } finally {
      setWorking(false);
    }
  }

  return (
    <section class="card" aria-labelledby="passphrase-heading">
      <h2 id="passphrase-heading">Change passphrase</h2>
      <form class="stack" onSubmit={(event) => void submit(event)} noValidate>
        <p class="hint">Forgotten it? Use your recovery key instead to set a new one.</p>
        <JournalSecretField
          id="current"
          isRecoveryKey={useRecovery}
          passphraseLabel="Current passphrase"
          value={current}
          onInput={setCurrent}
        />
        <div class="row">
          <SecretKindToggle
            isRecoveryKey={useRecovery}
            onToggle={() => {
              setUseRecovery(!useRecovery);
              setCurrent('');
              setProblem('');
            }}
          />
        </div>
        <PassphraseField
          id="changed-passphrase"
          label="New passphrase"
          value={next}
          onInput={setNext}
          autocomplete="new-password"
          describedBy="changed-passphrase-hint"
        />
        <p id="changed-passphrase-hint" class="hint" aria-live="polite">
          {next ? passphraseHint(check) : 'At least 12 characters.'}
        </p>
        <PassphraseField
          id="changed-passphrase-repeat"
          label="New passphrase again"
          value={repeat}
          onInput={setRepeat}
          autocomplete="new-password"
        />
        {problem && (
          <p class="form-error" role="alert">
            {problem}
          </p>
        )}
        <div class="row">
          <Button type="submit" disabled={isWorking || !current}>
            {isWorking ? 'Changing…' : 'Change passphrase'}
          </Button>
        </div>
      </form>
    </section>
  );
}
