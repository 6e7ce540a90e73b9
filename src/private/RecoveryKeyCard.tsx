import { useState } from 'preact/hooks';
import { formatLongDate } from '../ui/dates';
import { Button } from '../ui/Button';

/**
 * The recovery key, shown once: to print or write down. It is never stored. On paper it
 * says what it is (the app, the journal, the day it was made) and what to do with it, so
 * the sheet still makes sense in a drawer months later.
 */
export function RecoveryKeyCard({
  recoveryKey,
  journalName,
  createdAt,
  onDone,
}: {
  recoveryKey: string;
  journalName: string;
  createdAt: number;
  onDone: () => void;
}) {
  const [isKept, setKept] = useState(false);
  return (
    <section class="card stack recovery-card" aria-labelledby="recovery-heading">
      <p class="print-only recovery-app">Breathing Space: reflective journal</p>
      <h2 id="recovery-heading">Your recovery key</h2>
      <dl class="facts">
        <dt>Journal</dt>
        <dd>{journalName}</dd>
        <dt>Made on</dt>
        <dd>{formatLongDate(createdAt)}</dd>
      </dl>
      <p class="no-print">
        If you forget your passphrase, this key is the only way into your journal. It is shown once:
        print it or write it down, and keep it apart from this device.
      </p>
      <p class="recovery-key" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <div class="print-only stack">
        <h3>What this is</h3>
        <p>
          The recovery key of the private journal “{journalName}” in the Breathing Space app. It
          opens the journal, and its encrypted backup files, if the passphrase is forgotten. Nobody
          else can reset the passphrase.
        </p>
        <h3>What to do with it</h3>
        <ul>
          <li>Keep this sheet somewhere safe and private, away from the device.</li>
          <li>
            Do not leave it on the printer or share it: anyone with this key and the device can read
            the journal.
          </li>
          <li>
            To use it: open the journal, choose “Use my recovery key instead”, type the key above
            (capitals or not, spaces or not), then set a new passphrase.
          </li>
        </ul>
      </div>
      <div class="row">
        <Button onClick={() => window.print()}>Print recovery key</Button>
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
        <Button variant="primary" disabled={!isKept} onClick={onDone}>
          Open my journal
        </Button>
      </div>
    </section>
  );
}
