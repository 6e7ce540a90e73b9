import { useState } from 'preact/hooks';
import { Button } from './Button';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  autocomplete: 'new-password' | 'current-password' | 'off';
  describedBy?: string;
}

/** A passphrase input with a show/hide switch; paste and password managers welcome. */
export function PassphraseField({ id, label, value, onInput, autocomplete, describedBy }: Props) {
  const [isShown, setShown] = useState(false);
  return (
    <div class="field">
      <label htmlFor={id}>{label}</label>
      <div class="row passphrase-row">
        <input
          id={id}
          type={isShown ? 'text' : 'password'}
          autocomplete={autocomplete}
          spellcheck={false}
          autocapitalize="off"
          value={value}
          aria-describedby={describedBy}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        <Button variant="quiet" aria-pressed={isShown} onClick={() => setShown(!isShown)}>
          {isShown ? 'Hide' : 'Show'}
          <span class="visually-hidden"> {label.toLowerCase()}</span>
        </Button>
      </div>
    </div>
  );
}

/**
 * What opens a journal: its passphrase, or its recovery key instead (which is typed, not
 * hidden: it is long, and printed on paper beside the user).
 */
export function JournalSecretField({
  id,
  isRecoveryKey,
  passphraseLabel = 'Passphrase',
  value,
  onInput,
}: {
  /** Each kind of secret gets its own id, from this prefix. */
  id: string;
  isRecoveryKey: boolean;
  passphraseLabel?: string;
  value: string;
  onInput: (value: string) => void;
}) {
  if (!isRecoveryKey) {
    return (
      <PassphraseField
        id={`${id}-passphrase`}
        label={passphraseLabel}
        value={value}
        onInput={onInput}
        autocomplete="current-password"
      />
    );
  }
  return (
    <div class="field">
      <label htmlFor={`${id}-recovery`}>Recovery key</label>
      <input
        id={`${id}-recovery`}
        type="text"
        autocomplete="off"
        spellcheck={false}
        autocapitalize="characters"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}

/** Switches a JournalSecretField between the passphrase and the recovery key. */
export function SecretKindToggle({
  isRecoveryKey,
  onToggle,
  whose = 'my',
  disabled = false,
}: {
  isRecoveryKey: boolean;
  /** The caller switches, and clears what was typed and any message. */
  onToggle: () => void;
  /** "my" where the owner is speaking of their own journal, "the" for a backup's. */
  whose?: 'my' | 'the';
  disabled?: boolean;
}) {
  return (
    <Button variant="quiet" disabled={disabled} onClick={onToggle}>
      {isRecoveryKey ? `Use ${whose} passphrase instead` : `Use ${whose} recovery key instead`}
    </Button>
  );
}
