import { useState } from 'preact/hooks';
import { hrefFor } from '../../app/router';
import { formatLongDate } from '../../ui/dates';
import { answeredStages } from '../../domain/journal';
import type { RecordId } from '../../domain/types';
import { downloadBlob } from '../../ui/download';
import { EntryPicker } from './EntryPicker';
import { usePrivateStores } from '../../private/stores';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { entriesToMarkdown, entryTitle } from './entry-words';

const formatDate = (date: string) => formatLongDate(date);

/** A plain-text export of chosen entries, behind a clear warning that it is not encrypted. */
export function ExportScreen() {
  const { journal } = usePrivateStores();
  const entries = journal.newestFirst.value.map((l) => l.entry);
  const [selected, setSelected] = useState<ReadonlySet<RecordId>>(new Set());
  const [isUnderstood, setUnderstood] = useState(false);
  const chosen = entries.filter((e) => selected.has(e.id));
  const canExport = chosen.length > 0 && isUnderstood;

  return (
    <div class="screen stack">
      <ScreenHeader
        class="no-print"
        title="Export entries"
        back={{ href: hrefFor('journal'), label: 'Journal' }}
      />
      <div class="card notice-warning no-print" role="note">
        <h2>An export is not encrypted</h2>
        <p>
          Anyone who opens the file or the printout can read it. Export only what you need, keep it
          safe, and delete it when you are done. To move your journal to another device, make an
          encrypted backup instead.
        </p>
        <div class="field-inline">
          <input
            autocomplete="off"
            id="export-understood"
            type="checkbox"
            checked={isUnderstood}
            onChange={(event) => setUnderstood(event.currentTarget.checked)}
          />
          <label htmlFor="export-understood">I understand the export will not be encrypted</label>
        </div>
      </div>
      <div class="no-print stack">
        <EntryPicker
          legend="Entries to export"
          entries={entries}
          selected={selected}
          onChange={setSelected}
        />
        <div class="row">
          <Button
            variant="primary"
            disabled={!canExport}
            onClick={() =>
              downloadBlob(
                new Blob([entriesToMarkdown(chosen, formatDate)], { type: 'text/markdown' }),
                'reflective-journal.md',
              )
            }
          >
            Download as Markdown
          </Button>
          <Button disabled={!canExport} onClick={() => window.print()}>
            Print
          </Button>
        </div>
      </div>
      {canExport && (
        <section class="print-only-entries" aria-label="Print preview">
          {chosen.map((entry) => (
            <article key={entry.id} class="card">
              <h2>{entryTitle(entry)}</h2>
              <p class="muted">{formatDate(entry.date)}</p>
              {answeredStages(entry).map((stage) => (
                <div key={stage.title}>
                  <h3>{stage.title}</h3>
                  <p class="pre-wrap">{stage.text}</p>
                </div>
              ))}
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
