import { useEffect, useMemo, useState } from 'preact/hooks';
import { hrefFor } from '../../app/router';
import { useLinkTargets } from '../../private/private-data';
import { londonDateAt } from '../../domain/calendar';
import { systemClock } from '../../domain/clock';
import { formatMediumDate, parseIsoDate } from '../../domain/dates';
import {
  allTags,
  BEFORE_NEXT_WORKSHOP_PROMPTS,
  entryHeading,
  journalTemplates,
  matchesFilter,
  NO_FILTER,
  queryWords,
  templateOf,
  workshopWindow,
  type EntryFilter,
} from '../../domain/journal';
import { buildSearchIndex, findEntries } from '../../domain/search-index';
import type { Vault } from '../../vault/vault';
import { BackupReminder } from './BackupReminder';
import { workshopLabel } from '../../private/LinkFields';
import type { EntryDraft } from '../../private/private-draft';
import { usePrivateStores } from '../../private/stores';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Field } from '../../ui/Field';

const PAGE = 50;

function formatDate(date: string) {
  return formatMediumDate(parseIsoDate(date));
}

/** The journal's home: newest first, with search, filters and the workshop rhythm. */
export function Timeline({ vault }: { vault: Vault }) {
  const { drafts: draftStore, journal, vaultSession } = usePrivateStores();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<EntryFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE);
  const [drafts, setDrafts] = useState<EntryDraft[]>([]);
  const [damagedDrafts, setDamagedDrafts] = useState(0);
  const targets = useLinkTargets();
  const all = journal.newestFirst.value;
  const corruptEntries = journal.corrupt.value.length;
  const damaged = corruptEntries + damagedDrafts;
  const status = journal.status.value;

  useEffect(() => {
    draftStore.entryDrafts(vault.id).then(
      (found) => {
        setDrafts(found.drafts);
        setDamagedDrafts(found.damaged);
      },
      () => setDrafts([]),
    );
  }, [vault.id, draftStore]);

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
  const today = londonDateAt(systemClock.now());
  const rhythm = targets.value ? workshopWindow(targets.value.workshops, today) : null;
  const lastDate = rhythm?.last?.date;
  const sinceLast = useMemo(
    () => (lastDate ? all.filter((l) => l.entry.date >= lastDate).length : 0),
    [all, lastDate],
  );

  const setField = (field: keyof EntryFilter) => (event: Event) => {
    setFilter({ ...filter, [field]: (event.currentTarget as HTMLInputElement).value });
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
      {damaged > 0 && (
        <div class="card notice-warning" role="alert">
          <h2>Some entries could not be opened</h2>
          <p>
            {damaged === 1 ? 'One entry' : `${damaged} entries`}
            {damagedDrafts > 0 ? ' or drafts' : ''} could not be decrypted: damaged or altered.{' '}
            {damaged === 1 ? 'It is' : 'They are'} kept on this device untouched; restoring a backup
            may bring back a good copy.
          </p>
        </div>
      )}
      {drafts.length > 0 && (
        <section class="card" aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Unfinished drafts</h2>
          <ul class="plain-list">
            {drafts.map((draft) => (
              <li key={draft.entry.id}>
                <a href={hrefFor('journal', 'entry', draft.entry.id)}>
                  {entryHeading(draft.entry)}
                </a>{' '}
                <span class="muted">{formatDate(draft.entry.date)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {rhythm && (rhythm.last || rhythm.next) && (
        <section class="card" aria-labelledby="rhythm-heading">
          <h2 id="rhythm-heading">Between workshops</h2>
          {rhythm?.last && (
            <p>
              Since the last workshop ({formatDate(rhythm?.last.date)}):{' '}
              {sinceLast === 0
                ? 'no entries yet.'
                : sinceLast === 1
                  ? 'one entry.'
                  : `${sinceLast} entries.`}{' '}
              {sinceLast > 0 && lastDate && (
                <Button
                  variant="quiet"
                  onClick={() => {
                    setFilter({ ...NO_FILTER, from: lastDate });
                    setShown(PAGE);
                  }}
                >
                  Show them
                </Button>
              )}
            </p>
          )}
          {rhythm.next && targets.value && (
            <>
              <p>Before the next, {workshopLabel(targets.value, rhythm.next.id)}, you might ask:</p>
              <ul>
                {BEFORE_NEXT_WORKSHOP_PROMPTS.map((prompt) => (
                  <li key={prompt}>{prompt}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
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
        <details class="filters">
          <summary>Filters</summary>
          <div class="form-grid">
            <Field id="filter-tag" label="Tag">
              <select autocomplete="off" value={filter.tag} onChange={setField('tag')}>
                <option value="">Any</option>
                {tags.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="filter-template" label="Template">
              <select
                autocomplete="off"
                value={filter.templateId}
                onChange={setField('templateId')}
              >
                <option value="">Any</option>
                {journalTemplates().map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="filter-link" label="Linked to">
              <select autocomplete="off" value={filter.link} onChange={setField('link')}>
                <option value="">Anything</option>
                {targets.value?.workshops.map((w) => (
                  <option key={w.id} value={`workshop:${w.id}`}>
                    {workshopLabel(targets.value!, w.id)}
                  </option>
                ))}
                {targets.value?.incidents.map((i) => (
                  <option key={i.id} value={`incident:${i.id}`}>
                    Incident: {i.title || 'untitled'}
                  </option>
                ))}
                {targets.value?.literature.map((l) => (
                  <option key={l.id} value={`literature:${l.id}`}>
                    Reading: {l.title || 'untitled'}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="filter-from" label="From">
              <input
                autocomplete="off"
                type="date"
                value={filter.from}
                onInput={setField('from')}
              />
            </Field>
            <Field id="filter-to" label="To">
              <input autocomplete="off" type="date" value={filter.to} onInput={setField('to')} />
            </Field>
          </div>
          <Button variant="quiet" onClick={() => setFilter(NO_FILTER)}>
            Clear filters
          </Button>
        </details>
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
        <ol class="timeline">
          {results.slice(0, shown).map(({ entry }) => (
            <li key={entry.id} class="timeline-entry">
              <a href={hrefFor('journal', 'entry', entry.id)}>{entryHeading(entry)}</a>
              <span class="muted">
                {formatDate(entry.date)} · {templateOf(entry)?.name ?? 'Entry'}
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
        {results.length > shown && (
          <Button onClick={() => setShown(shown + PAGE)}>Show more</Button>
        )}
      </section>
    </div>
  );
}
