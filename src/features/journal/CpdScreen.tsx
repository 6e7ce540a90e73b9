import { useMemo, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { listLinkTargets } from '../../db/journal-links';
import { useLiveQuery } from '../../db/live';
import { draftCpd, type CpdDraft } from '../../domain/cpd';
import { formatLongDate, parseIsoDate } from '../../domain/dates';
import type { RecordId } from '../../domain/types';
import { EntryPicker } from './EntryPicker';
import { workshopLabel } from './LinkFields';
import { journal } from './session';

const FIELDS: { key: keyof CpdDraft; label: string }[] = [
  { key: 'activityType', label: 'Type of CPD activity' },
  { key: 'description', label: 'Short description' },
  { key: 'date', label: 'Date' },
  { key: 'learnt', label: 'What I learnt' },
  { key: 'impact', label: 'The impact on my practice and on the people I work with' },
  { key: 'peerLearning', label: 'What I learnt from reflecting with peers' },
];

/**
 * A CPD record drafted from a workshop and chosen entries, in the shape Social Work England
 * asks for, to edit here and copy into the regulator's form. Nothing is sent anywhere.
 */
export function CpdScreen() {
  const { ui } = useAppState();
  const targets = useLiveQuery(listLinkTargets, [], null);
  const entries = journal.newestFirst.value.map((l) => l.entry);
  const [workshopId, setWorkshopId] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<RecordId>>(new Set());
  const [edits, setEdits] = useState<Partial<CpdDraft>>({});
  const workshop = targets.value?.workshops.find((w) => w.id === workshopId);

  const draft = useMemo(() => {
    const chosen = entries.filter((e) => selected.has(e.id));
    return draftCpd({
      workshopDescription:
        workshop && targets.value
          ? workshopLabel(targets.value, workshop.id)
          : 'A critical reflection group workshop',
      date: workshop ? formatLongDate(parseIsoDate(workshop.date)) : '',
      entries: chosen,
    });
  }, [entries, selected, workshop, targets.value]);

  function chooseWorkshop(id: string) {
    setWorkshopId(id);
    setEdits({});
    setSelected(new Set(entries.filter((e) => e.links.workshopId === id).map((e) => e.id)));
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      ui.notify('Copied.', { tone: 'success' });
    } catch {
      ui.notify('Could not copy here: select the text and copy it instead.', { tone: 'warning' });
    }
  }

  return (
    <div class="screen stack">
      <header>
        <p>
          <a href={hrefFor('journal')}>← Journal</a>
        </p>
        <h1>CPD draft</h1>
        <p class="lede">
          A draft continuing professional development record for Social Work England, from a
          workshop and the entries you choose. Edit it here, then copy each part into your online
          account. Nothing is sent anywhere.
        </p>
      </header>
      <div class="card stack">
        <div class="field">
          <label htmlFor="cpd-workshop">Workshop</label>
          <select
            id="cpd-workshop"
            value={workshopId}
            onChange={(event) => chooseWorkshop(event.currentTarget.value)}
          >
            <option value="">Choose a workshop</option>
            {targets.value?.workshops.map((w) => (
              <option key={w.id} value={w.id}>
                {workshopLabel(targets.value!, w.id)}
              </option>
            ))}
          </select>
        </div>
        <EntryPicker
          legend="Entries to draw on"
          entries={entries}
          selected={selected}
          onChange={(next) => {
            setSelected(next);
            setEdits({});
          }}
        />
      </div>
      <section class="card stack" aria-labelledby="cpd-draft-heading">
        <h2 id="cpd-draft-heading">Your draft</h2>
        {FIELDS.map(({ key, label }) => {
          const value = edits[key] ?? draft[key];
          return (
            <div class="field" key={key}>
              <label htmlFor={`cpd-${key}`}>{label}</label>
              <textarea
                id={`cpd-${key}`}
                spellcheck={false}
                rows={key === 'learnt' || key === 'impact' ? 6 : 2}
                value={value}
                onInput={(event) => setEdits({ ...edits, [key]: event.currentTarget.value })}
              />
              <div class="row">
                <button type="button" class="btn btn-quiet" onClick={() => void copy(value)}>
                  Copy<span class="visually-hidden"> {label}</span>
                </button>
              </div>
            </div>
          );
        })}
      </section>
    </div>
  );
}
