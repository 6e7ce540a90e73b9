import { useMemo, useState } from 'preact/hooks';
import { hrefFor } from '../../app/router';
import {
  allTags,
  matchesFilter,
  NO_FILTER,
  queryWords,
  type EntryFilter,
} from '../../domain/journal';
import { buildSearchIndex, findEntries } from '../../domain/search-index';
import { useLinkTargets } from '../../private/private-data';
import { usePrivateStores } from '../../private/stores';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { ScreenHeader } from '../../ui/ScreenHeader';
import type { Vault } from '../../vault/vault';
import { BackupReminder } from './BackupReminder';
import { BetweenWorkshops } from './BetweenWorkshops';
import { EntryFilters } from './EntryFilters';
import { EntryList } from './EntryList';
import { UnfinishedDrafts } from './UnfinishedDrafts';
import { UnopenedEntriesNotice } from './UnopenedEntriesNotice';
import { useEntryDrafts } from './use-entry-drafts';

const PAGE = 50;

/** The journal's home: newest first, with search, filters and the workshop rhythm. */
export function Timeline({ vault }: { vault: Vault }) {
  const { journal, vaultSession } = usePrivateStores();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<EntryFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE);
  const drafts = useEntryDrafts(vault.id);
  const targets = useLinkTargets();
  const all = journal.newestFirst.value;
  const status = journal.status.value;

  const index = useMemo(() => buildSearchIndex(all.map((loaded) => loaded.text)), [all]);
  const results = useMemo(() => {
    const start = performance.now();
    const words = queryWords(query);
    const found = findEntries(index, words)
      .map((i) => all[i]!)
      .filter((loaded) => matchesFilter(loaded.entry, filter));
    if (words.length) performance.measure('journal:search', { start, end: performance.now() });
    return found;
  }, [all, index, query, filter]);
  const tags = useMemo(() => allTags(all.map((l) => l.entry)), [all]);
  const isFiltered = query.trim() !== '' || JSON.stringify(filter) !== JSON.stringify(NO_FILTER);

  const changeFilter = (next: EntryFilter) => {
    setFilter(next);
    setShown(PAGE);
  };

  return (
    <div class="screen stack">
      <ScreenHeader
        title="Journal"
        actions={
          <>
            <a class="btn btn-primary" href={hrefFor('journal', 'new')}>
              New entry
            </a>
            <Button onClick={() => void vaultSession.lock('manual')}>Lock now</Button>
          </>
        }
      >
        <p class="muted">{vault.label}</p>
      </ScreenHeader>
      <nav class="row" aria-label="Journal tools">
        <a class="btn btn-quiet" href={hrefFor('journal', 'backup')}>
          Backup and security
        </a>
        <a class="btn btn-quiet" href={hrefFor('journal', 'export')}>
          Export
        </a>
        <a class="btn btn-quiet" href={hrefFor('journal', 'cpd')}>
          CPD draft
        </a>
      </nav>
      <BackupReminder vault={vault} />
      <UnopenedEntriesNotice
        count={journal.corrupt.value.length + drafts.damaged}
        includesDrafts={drafts.damaged > 0}
      />
      <UnfinishedDrafts drafts={drafts.drafts} />
      <BetweenWorkshops
        targets={targets.value}
        entries={all}
        onShowSince={(date) => changeFilter({ ...NO_FILTER, from: date })}
      />
      <section class="stack" aria-labelledby="entries-heading">
        <h2 id="entries-heading">Entries</h2>
        <Field id="journal-search" label="Search your journal">
          <input
            type="search"
            spellcheck={false}
            autocomplete="off"
            value={query}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setShown(PAGE);
            }}
          />
        </Field>
        <EntryFilters filter={filter} onChange={changeFilter} tags={tags} targets={targets.value} />
        <p class="muted" role="status">
          {status === 'loading'
            ? 'Opening your journal…'
            : isFiltered
              ? `${results.length} ${results.length === 1 ? 'entry matches' : 'entries match'}.`
              : `${all.length} ${all.length === 1 ? 'entry' : 'entries'}${status === 'partial' ? ' so far…' : '.'}`}
        </p>
        {status !== 'loading' && all.length === 0 && (
          <div class="empty-state">
            <p>No entries yet. Start with a quick note or one of the reflection models.</p>
          </div>
        )}
        <EntryList entries={results} shown={shown} onShowMore={() => setShown(shown + PAGE)} />
      </section>
    </div>
  );
}
