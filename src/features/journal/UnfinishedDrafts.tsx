import { hrefFor } from '../../app/router';
import type { EntryDraft } from '../../private/private-draft';
import { entryTitle, formatEntryDate } from './entry-words';

/** Entries begun and not yet saved, to pick up again. */
export function UnfinishedDrafts({ drafts }: { drafts: readonly EntryDraft[] }) {
  if (drafts.length === 0) return null;
  return (
    <section class="card" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">Unfinished drafts</h2>
      <ul class="plain-list">
        {drafts.map((draft) => (
          <li key={draft.entry.id}>
            <a href={hrefFor('journal', 'entry', draft.entry.id)}>{entryTitle(draft.entry)}</a>{' '}
            <span class="muted">{formatEntryDate(draft.entry.date)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
