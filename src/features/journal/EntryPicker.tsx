import { formatMediumDate } from '../../ui/dates';
import type { JournalEntry } from '../../domain/journal';
import type { RecordId } from '../../domain/types';
import { Button } from '../../ui/Button';
import { entryTitle } from './entry-words';

/** A list of entries to tick, newest first. */
export function EntryPicker({
  legend,
  entries,
  selected,
  onChange,
}: {
  legend: string;
  entries: readonly JournalEntry[];
  selected: ReadonlySet<RecordId>;
  onChange: (next: Set<RecordId>) => void;
}) {
  const toggle = (id: RecordId, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset class="stack entry-picker">
      <legend>{legend}</legend>
      <div class="row">
        <Button variant="quiet" onClick={() => onChange(new Set(entries.map((e) => e.id)))}>
          Select all
        </Button>
        <Button variant="quiet" onClick={() => onChange(new Set())}>
          Select none
        </Button>
      </div>
      {entries.length === 0 && <p class="muted">No entries yet.</p>}
      {entries.map((entry) => (
        <div class="field-inline" key={entry.id}>
          <input
            id={`pick-${entry.id}`}
            type="checkbox"
            autocomplete="off"
            checked={selected.has(entry.id)}
            onChange={(event) => toggle(entry.id, event.currentTarget.checked)}
          />
          <label htmlFor={`pick-${entry.id}`}>
            {entryTitle(entry)} <span class="muted">{formatMediumDate(entry.date)}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
