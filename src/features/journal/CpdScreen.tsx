import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { useUndoOffers } from '../../app/use-undo-offers';
import { useLinkTargets } from '../../private/private-data';
import {
  findIdentifyingDetails,
  withoutAccepted,
  type IdentifyingDetail,
} from '../../domain/anonymise';
import {
  draftCpd,
  EMPTY_CPD_WORK,
  isBlankCpdWork,
  type CpdDraft,
  type CpdWork,
} from '../../domain/cpd';
import { formatLongDate } from '../../ui/dates';
import type { RecordId } from '../../domain/types';
import { deviceCheckOptions } from '../../ui/check-options';
import { IdentifyingDetailsWarning } from '../../ui/IdentifyingDetailsWarning';
import type { Vault } from '../../vault/vault';
import { EntryPicker } from './EntryPicker';
import { workshopLabel } from '../../private/LinkFields';
import { cpdDraftId } from '../../private/private-draft';
import { DRAFT_STATE_TEXT, usePrivateDraft } from '../../private/use-private-draft';
import { usePrivateStores } from '../../private/stores';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Field } from '../../ui/Field';

const FIELDS: { key: keyof CpdDraft; label: string }[] = [
  { key: 'activityType', label: 'Type of CPD activity' },
  { key: 'description', label: 'Short description' },
  { key: 'date', label: 'Date' },
  { key: 'learnt', label: 'What I learnt' },
  { key: 'impact', label: 'The impact on my practice and on the people I work with' },
  { key: 'peerLearning', label: 'What I learnt from reflecting with peers' },
];

/** The identifying-details warning, worded for text that leaves for the regulator's site. */
const BEFORE_COPYING = {
  title: 'This may identify someone, so it has not been copied yet.',
  advice:
    'Your CPD record goes to your regulator, outside this device. Use initials or roles instead (“Child A”, “the mother”, “a school”). Please check:',
  proceedLabel: 'Copy anyway',
};

/**
 * A CPD record drafted from a workshop and chosen entries, in the shape Social Work England
 * asks for, to edit here and copy into the regulator's form. The work is kept sealed like an
 * entry's draft, so leaving or locking loses nothing; each part is checked for identifying
 * details before it is copied. Nothing is sent anywhere.
 */
export function CpdScreen({ vault }: { vault: Vault }) {
  const { drafts, journal } = usePrivateStores();
  const { ui } = useAppState();
  const offerUndo = useUndoOffers();
  const targets = useLinkTargets();
  const entries = journal.newestFirst.value.map((l) => l.entry);
  const [work, setWork] = useState<CpdWork | null>(null);
  const autosave = usePrivateDraft(work, { save: (next) => drafts.saveCpd(vault.id, next) });
  const [warning, setWarning] = useState<{
    key: keyof CpdDraft;
    details: IdentifyingDetail[];
  } | null>(null);
  // Details the writer has looked at and said are fine to copy, for this visit.
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(() => new Set());
  const fields = useRef<Partial<Record<keyof CpdDraft, HTMLTextAreaElement | null>>>({});

  useEffect(() => {
    drafts.openCpd(vault.id).then(
      (saved) => setWork(saved ?? EMPTY_CPD_WORK),
      () => {
        setWork(EMPTY_CPD_WORK);
        ui.notify(
          'Your saved CPD draft could not be opened: it is damaged or altered. What you write now will replace it.',
          { tone: 'warning' },
        );
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per visit
  }, []);

  const workshopId = work?.workshopId ?? '';
  const entryIds = work?.entryIds;
  const workshop = targets.value?.workshops.find((w) => w.id === workshopId);
  const selected = useMemo(() => new Set(entryIds), [entryIds]);
  const drafted = useMemo(
    () =>
      draftCpd({
        activityType: 'Peer learning: a critical reflection group',
        description: `${
          workshop && targets.value
            ? workshopLabel(targets.value, workshop.id)
            : 'A critical reflection group workshop'
        }. We reflected together on practice using a structured model of critical reflection.`,
        date: workshop ? formatLongDate(workshop.date) : '',
        entries: entries.filter((e) => selected.has(e.id)),
      }),
    [entries, selected, workshop, targets.value],
  );

  if (!work) return <p class="screen loading">Opening…</p>;

  function change(next: CpdWork) {
    setWork(next);
    autosave.change(next);
  }

  function chooseWorkshop(id: string) {
    const linked = entries.filter((e) => e.links.workshopId === id).map((e) => e.id);
    change({ ...work!, workshopId: id, entryIds: linked });
  }

  function edit(key: keyof CpdDraft, text: string) {
    if (warning?.key === key) setWarning(null);
    change({ ...work!, edits: { ...work!.edits, [key]: text } });
  }

  async function writeToClipboard(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      ui.notify('Copied.', { tone: 'success' });
    } catch {
      ui.notify('Could not copy here: select the text and copy it instead.', { tone: 'warning' });
    }
  }

  /** Copies a part, unless it looks identifying: then it says what, and waits. */
  function copy(key: keyof CpdDraft, text: string) {
    // A CPD record belongs to no group: the device's own jurisdiction.
    const details = withoutAccepted(findIdentifyingDetails(text, deviceCheckOptions()), accepted);
    if (details.length > 0) {
      setWarning({ key, details });
      return;
    }
    setWarning(null);
    void writeToClipboard(text);
  }

  function copyAnyway(text: string, details: readonly IdentifyingDetail[]) {
    setAccepted(new Set([...accepted, ...details.map((d) => d.text)]));
    setWarning(null);
    void writeToClipboard(text);
  }

  function editAgain(key: keyof CpdDraft, details: readonly IdentifyingDetail[]) {
    const field = fields.current[key];
    const first = details[0];
    field?.focus();
    if (field && first) field.setSelectionRange(first.start, first.end);
  }

  async function startAgain() {
    const previous = autosave.latest() ?? work!;
    try {
      await autosave.cancel();
      await drafts.discard(cpdDraftId(vault.id));
    } catch (error) {
      ui.reportError(error, 'clear the CPD draft');
      return;
    }
    setWork(EMPTY_CPD_WORK);
    setWarning(null);
    offerUndo('CPD draft cleared.', () => change(previous));
  }

  return (
    <div class="screen stack">
      <ScreenHeader title="CPD draft" back={{ href: hrefFor('journal'), label: 'Journal' }}>
        <p class="lede">
          A draft continuing professional development record for Social Work England, from a
          workshop and the entries you choose. Edit it here, then copy each part into your online
          account. It is kept here, encrypted, until you start again. Nothing is sent anywhere.
        </p>
      </ScreenHeader>
      <div class="card stack">
        <Field id="cpd-workshop" label="Workshop">
          <select
            autocomplete="off"
            value={work.workshopId}
            onChange={(event) => chooseWorkshop(event.currentTarget.value)}
          >
            <option value="">Choose a workshop</option>
            {work.workshopId && targets.value && !workshop && (
              <option value={work.workshopId}>
                {workshopLabel(targets.value, work.workshopId)}
              </option>
            )}
            {targets.value?.workshops.map((w) => (
              <option key={w.id} value={w.id}>
                {workshopLabel(targets.value!, w.id)}
              </option>
            ))}
          </select>
        </Field>
        <EntryPicker
          legend="Entries to draw on"
          entries={entries}
          selected={selected}
          onChange={(next: Set<RecordId>) => change({ ...work, entryIds: [...next] })}
        />
      </div>
      <section class="card stack" aria-labelledby="cpd-draft-heading">
        <h2 id="cpd-draft-heading">Your draft</h2>
        <p class="hint">
          A part you have typed in stays as you wrote it when you choose other entries. Each part is
          checked for names and other identifying details before it is copied.
        </p>
        {FIELDS.map(({ key, label }) => {
          const value = work.edits[key] ?? drafted[key];
          const flagged = warning?.key === key ? warning.details : [];
          const warningId = `cpd-${key}-warning`;
          return (
            <div class="field" key={key}>
              <label htmlFor={`cpd-${key}`}>{label}</label>
              <textarea
                id={`cpd-${key}`}
                ref={(element) => {
                  fields.current[key] = element;
                }}
                autocomplete="off"
                spellcheck={false}
                rows={key === 'learnt' || key === 'impact' ? 6 : 2}
                aria-describedby={flagged.length > 0 ? warningId : undefined}
                value={value}
                onInput={(event) => edit(key, event.currentTarget.value)}
              />
              <div class="row">
                <Button
                  variant="quiet"
                  aria-label={`Copy ${label}`}
                  onClick={() => copy(key, value)}
                >
                  Copy
                </Button>
              </div>
              <IdentifyingDetailsWarning
                id={warningId}
                text={value}
                details={flagged}
                onEdit={() => editAgain(key, flagged)}
                onSaveAnyway={() => copyAnyway(value, flagged)}
                {...BEFORE_COPYING}
              />
            </div>
          );
        })}
        <p class="save-state" role="status" aria-live="polite">
          {DRAFT_STATE_TEXT[autosave.state]}
        </p>
        {!isBlankCpdWork(work) && (
          <div class="row">
            <Button variant="quiet" onClick={() => void startAgain()}>
              Start again
            </Button>
          </div>
        )}
      </section>
    </div>
  );
}
