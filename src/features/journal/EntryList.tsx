import { hrefFor } from '../../app/router';
import { templateOf } from '../../domain/journal';
import type { LoadedEntry } from '../../private/journal-store';
import { Button } from '../../ui/Button';
import { entryTitle, formatEntryDate } from './entry-words';

/** The entries found, newest first, a page at a time. */
export function EntryList({
  entries,
  shown,
  onShowMore,
}: {
  entries: readonly LoadedEntry[];
  shown: number;
  onShowMore: () => void;
}) {
  return (
    <>
      <ol class="timeline">
        {entries.slice(0, shown).map(({ entry }) => (
          <li key={entry.id} class="timeline-entry">
            <a href={hrefFor('journal', 'entry', entry.id)}>{entryTitle(entry)}</a>
            <span class="muted">
              {formatEntryDate(entry.date)} · {templateOf(entry)?.name ?? 'Entry'}
            </span>
            {entry.tags.length > 0 && (
              <span class="tags">
                {entry.tags.map((tag) => (
                  <span class="badge" key={tag}>
                    {tag}
                  </span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
      {entries.length > shown && <Button onClick={onShowMore}>Show more</Button>}
    </>
  );
}
