import { useState } from 'preact/hooks';

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
        <button
          type="button"
          class="btn btn-quiet"
          aria-pressed={isShown}
          onClick={() => setShown(!isShown)}
        >
          {isShown ? 'Hide' : 'Show'}
          <span class="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
    </div>
  );
}
