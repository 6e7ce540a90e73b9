import { useState } from 'preact/hooks';
import { replaceLoses, totalOf, type TableComparison } from '../../domain/restore-plan';
import type { BackupTable } from '../../vault/backup-format';
import { countsInWords, totalCount } from './backup-words';
import type { OpenedBackup, RestoreMode } from './restore';
import { Button } from '../../ui/Button';

const SHOWN: BackupTable[] = ['journalEntries', 'actionCards', 'drafts'];
const ROW_NAMES: Record<BackupTable, string> = {
  journalEntries: 'Entries',
  actionCards: 'Action cards',
  drafts: 'Unsaved drafts',
  checkIns: 'Check-ins',
};

function Comparison({ opened }: { opened: OpenedBackup }) {
  const rows = SHOWN.filter((t) => {
    const c = opened.comparison[t];
    return t === 'journalEntries' || c.inBackup + c.onDevice > 0;
  });
  const n = (value: number) => value.toLocaleString('en-GB');
  return (
    <table class="restore-comparison">
      <caption class="visually-hidden">The backup compared with this device</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">In the backup</th>
          <th scope="col">On this device</th>
          <th scope="col">Newer on this device</th>
          <th scope="col">Only on this device</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((table) => {
          const c: TableComparison = opened.comparison[table];
          return (
            <tr key={table}>
              <th scope="row">{ROW_NAMES[table]}</th>
              <td>{n(c.inBackup)}</td>
              <td>{n(c.onDevice)}</td>
              <td>{n(c.newerOnDevice)}</td>
              <td>{n(c.onlyOnDevice)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * What restoring would do, and the choice: merge (the default: nothing on this device is
 * lost) or replace (exactly the backup, after a safety copy). A new or separate journal is
 * simply added.
 */
export function RestorePreview({
  opened,
  isWorking,
  onRestore,
  onCancel,
}: {
  opened: OpenedBackup;
  isWorking: boolean;
  onRestore: (mode: RestoreMode) => void;
  onCancel: () => void;
}) {
  const [mode, setMode] = useState<RestoreMode>('merge');
  const { target } = opened;
  const unreadable = totalCount(opened.unreadable);
  const readable = totalOf(opened.comparison).inBackup;
  const total = totalOf(opened.comparison);
  const loses = replaceLoses(total);
  const adds = total.onlyInBackup + total.newerInBackup;
  const counts = {
    journalEntries: opened.comparison.journalEntries.inBackup,
    drafts: opened.comparison.drafts.inBackup,
    actionCards: opened.comparison.actionCards.inBackup,
    checkIns: opened.comparison.checkIns.inBackup,
  };

  if (readable === 0) {
    return (
      <section class="card stack" aria-labelledby="restore-preview-heading">
        <h2 id="restore-preview-heading">3. Check what will happen</h2>
        <p class="form-error" role="alert">
          Nothing in this backup could be read, so there is nothing to restore. Nothing has been
          changed.
        </p>
        <div class="row">
          <Button onClick={onCancel}>Choose another file</Button>
        </div>
      </section>
    );
  }
  return (
    <section class="card stack" aria-labelledby="restore-preview-heading">
      <h2 id="restore-preview-heading">3. Check what will happen</h2>
      {unreadable > 0 && (
        <p class="notice-warning callout" role="status">
          {unreadable.toLocaleString('en-GB')} {unreadable === 1 ? 'record' : 'records'} could not
          be read and will be left out; {readable.toLocaleString('en-GB')} will be restored.
        </p>
      )}
      {target.kind === 'same' ? (
        <>
          <p>
            The backup is of the journal “{target.label}” on this device. Here is how they compare.
          </p>
          <Comparison opened={opened} />
          <fieldset class="stack restore-choice">
            <legend>How to restore</legend>
            <div class="field-inline">
              <input
                type="radio"
                id="restore-merge"
                name="restore-mode"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
                aria-describedby="restore-merge-hint"
              />
              <label htmlFor="restore-merge">Merge (recommended)</label>
            </div>
            <p class="hint" id="restore-merge-hint">
              Adds what this device is missing and keeps the newer copy of everything.
              {adds > 0
                ? ` ${adds.toLocaleString('en-GB')} ${adds === 1 ? 'record is' : 'records are'} added or updated.`
                : ' This device already has everything in the backup.'}{' '}
              Nothing on this device is lost.
            </p>
            <div class="field-inline">
              <input
                type="radio"
                id="restore-replace"
                name="restore-mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
                aria-describedby="restore-replace-hint"
              />
              <label htmlFor="restore-replace">Replace with the backup</label>
            </div>
            <p class="hint" id="restore-replace-hint">
              Makes the journal exactly what the backup holds.
              {loses > 0
                ? ` ${loses.toLocaleString('en-GB')} ${loses === 1 ? 'record' : 'records'} written or changed on this device since would go.`
                : ''}{' '}
              A copy of the journal as it is now is kept first, and “Undo restore” brings it back.
            </p>
          </fieldset>
        </>
      ) : target.kind === 'new' ? (
        <p>
          The journal “{target.label}” will be added to this device with {countsInWords(counts)}. It
          opens with the same passphrase or recovery key as the backup. Other journals here are not
          touched.
        </p>
      ) : (
        <p>
          A journal with the same origin is on this device, but this backup does not open with its
          key, so it is not the same journal. It will be added as a separate journal, “
          {target.label}”, with {countsInWords(counts)}. Nothing in the other journal changes.
        </p>
      )}
      <div class="row">
        <button
          type="button"
          class={`btn ${mode === 'replace' && target.kind === 'same' ? 'btn-danger' : 'btn-primary'}`}
          disabled={isWorking}
          onClick={() => onRestore(target.kind === 'same' ? mode : 'merge')}
        >
          {target.kind !== 'same'
            ? 'Add the journal'
            : mode === 'merge'
              ? 'Merge the backup'
              : 'Replace with the backup'}
        </button>
        <Button variant="quiet" disabled={isWorking} onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
