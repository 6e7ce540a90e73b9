import { useState } from 'preact/hooks';

/** The recovery key, shown once: to print or write down. It is never stored. */
export function RecoveryKeyCard({
  recoveryKey,
  onDone,
}: {
  recoveryKey: string;
  onDone: () => void;
}) {
  const [isKept, setKept] = useState(false);
  return (
    <section class="card stack recovery-card" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">Your recovery key</h2>
      <p>
        If you forget your passphrase, this key is the only way into your journal. It is shown once:
        print it or write it down, and keep it apart from this device.
      </p>
      <p class="recovery-key" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <div class="row">
        <button type="button" class="btn" onClick={() => window.print()}>
          Print recovery key
        </button>
      </div>
      <div class="field-inline">
        <input
          id="recovery-kept"
          type="checkbox"
          checked={isKept}
          onChange={(event) => setKept(event.currentTarget.checked)}
        />
        <label htmlFor="recovery-kept">I have printed or written down my recovery key</label>
      </div>
      <div class="row">
        <button type="button" class="btn btn-primary" disabled={!isKept} onClick={onDone}>
          Open my journal
        </button>
      </div>
    </section>
  );
}
