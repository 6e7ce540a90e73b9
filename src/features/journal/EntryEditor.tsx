import { useEffect, useState } from 'preact/hooks';
import { deleteWithUndo } from '../../app/delete-with-undo';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import { useLinkTargets } from '../../private/private-data';
import { londonDateAt } from '../../domain/calendar';
import { systemClock } from '../../domain/clock';
import { newId } from '../../domain/ids';
import {
  FEELINGS,
  isBlank,
  journalTemplates,
  makeEntry,
  parseList,
  templateOf,
  type EntryLinks,
  type JournalEntry,
} from '../../domain/journal';
import type { RecordId } from '../../domain/types';
import type { Vault } from '../../vault/vault';
import { LinkFields } from '../../private/LinkFields';
import type { EntryDraft } from '../../private/private-draft';
import { DRAFT_STATE_TEXT, usePrivateDraft } from '../../private/use-private-draft';
import { usePrivateStores, type PrivateStores } from '../../private/stores';
import { entryRecord } from './journal-data';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Field } from '../../ui/Field';

interface Form {
  entry: JournalEntry;
  isNew: boolean;
  tagsText: string;
  valuesText: string;
}

function formOf(draft: EntryDraft): Form {
  return {
    entry: draft.entry,
    isNew: draft.isNew,
    tagsText: draft.entry.tags.join(', '),
    valuesText: draft.entry.values.join(', '),
  };
}

async function loadForm(
  { drafts, vaultSession }: PrivateStores,
  id: RecordId,
): Promise<{ form: Form; fromDraft: boolean } | null> {
  try {
    const draft = await drafts.openEntry(id);
    if (draft) return { form: formOf(draft), fromDraft: true };
  } catch {
    // A damaged draft must not hide the saved entry: fall through to it.
  }
  const record = await entryRecord(id);
  if (!record) return null;
  return {
    form: formOf({
      entry: await vaultSession.sealer().open<JournalEntry>(record),
      isNew: false,
    }),
    fromDraft: false,
  };
}

function newForm(links?: Partial<EntryLinks>): Form {
  const entry = makeEntry({
    id: newId<RecordId>(),
    templateId: 'free-writing',
    date: londonDateAt(systemClock.now()),
    now: systemClock.now(),
    links,
  });
  return formOf({ entry, isNew: true });
}

/**
 * Writing an entry: one field per stage of the chosen reflection model, with its prompt,
 * plus date, tags, feelings, values and links. A draft is saved, sealed, within a second
 * of a pause; "Save entry" files it in the journal.
 */
export function EntryEditor({
  vault,
  entryId,
  links,
}: {
  vault: Vault;
  entryId?: RecordId;
  links?: Partial<EntryLinks>;
}) {
  const stores = usePrivateStores();
  const { drafts, journal, vaultSession, resume } = stores;
  const { ui } = useAppState();
  const [form, setForm] = useState<Form | null>(null);
  const [isMissing, setMissing] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const targets = useLinkTargets();
  const autosave = usePrivateDraft(form, {
    save: (current: Form) => drafts.saveEntry({ entry: current.entry, isNew: current.isNew }),
    resume: {
      editor: 'entry',
      idOf: (current) => (current.isNew && !isBlank(current.entry) ? current.entry.id : null),
    },
  });

  useEffect(() => {
    const resumed = entryId ? null : resume.take('entry');
    const id = entryId ?? resumed;
    if (!id) {
      setForm(newForm(links));
      return;
    }
    loadForm(stores, id).then(
      (loaded) => {
        // A new entry's draft finished elsewhere since (saved or discarded): start afresh.
        if (!loaded && resumed) return setForm(newForm(links));
        if (!loaded) return setMissing(true);
        setForm(loaded.form);
        if (loaded.fromDraft) ui.notify('Your unsaved changes were restored.', { tone: 'info' });
      },
      () => setMissing(true),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per editor
  }, []);

  if (isMissing) {
    return (
      <div class="screen stack">
        <h1>Entry not found</h1>
        <p>
          It may have been deleted. <a href={hrefFor('journal')}>Back to the journal</a>.
        </p>
      </div>
    );
  }
  if (!form) return <p class="screen loading">Opening…</p>;

  const { entry } = form;
  const model = templateOf(entry);

  function update(next: Partial<Form>, entryChange: Partial<JournalEntry> = {}) {
    if (!form) return;
    const updated: Form = {
      ...form,
      ...next,
      entry: { ...form.entry, ...entryChange, updatedAt: systemClock.now() },
    };
    setForm(updated);
    autosave.change(updated);
  }

  async function saveEntry(event: Event) {
    event.preventDefault();
    if (isSaving || !form) return;
    setSaving(true);
    try {
      await autosave.cancel();
      await journal.save({ ...form.entry, updatedAt: systemClock.now() });
      ui.notify('Entry saved.', { tone: 'success' });
      navigate('journal');
    } catch (error) {
      ui.reportError(error, 'save the entry');
      setSaving(false);
    }
  }

  async function discard() {
    if (!form) return;
    await autosave.cancel();
    try {
      await drafts.discard(form.entry.id);
      ui.notify(form.isNew ? 'Draft discarded.' : 'Changes discarded.');
      navigate('journal');
    } catch (error) {
      ui.reportError(error, 'discard the draft');
    }
  }

  async function remove() {
    if (!form) return;
    await autosave.cancel();
    const id = form.entry.id;
    const isDeleted = await deleteWithUndo(ui, 'Entry', async () => {
      await drafts.discard(id);
      return journal.remove(id);
    });
    if (isDeleted) navigate('journal');
  }

  const feelingOf = (name: string) => entry.feelings.find((f) => f.name === name);
  function setFeeling(name: string, intensity: number | null) {
    const others = entry.feelings.filter((f) => f.name !== name);
    const feelings = intensity === null ? others : [...others, { name, intensity }];
    feelings.sort((a, b) => FEELINGS.indexOf(a.name as never) - FEELINGS.indexOf(b.name as never));
    update({}, { feelings });
  }

  return (
    <div class="screen stack journal-editor">
      <ScreenHeader
        title={form.isNew ? 'New entry' : 'Edit entry'}
        back={{ href: hrefFor('journal'), label: 'Journal' }}
        actions={<Button onClick={() => void vaultSession.lock('manual')}>Lock now</Button>}
      />
      <form class="stack" onSubmit={(event) => void saveEntry(event)}>
        <div class="form-grid">
          <Field id="entry-template" label="Template">
            <select
              autocomplete="off"
              value={entry.templateId}
              disabled={!form.isNew && !isBlank(entry)}
              onChange={(event) => update({}, { templateId: event.currentTarget.value })}
            >
              {journalTemplates().map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="entry-date" label="Date">
            <input
              autocomplete="off"
              type="date"
              required
              value={entry.date}
              onInput={(event) =>
                event.currentTarget.value && update({}, { date: event.currentTarget.value })
              }
            />
          </Field>
        </div>
        {model && <p class="hint">{model.summary}</p>}
        <Field id="entry-title" label="Title (optional)">
          <input
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={entry.title}
            onInput={(event) => update({}, { title: event.currentTarget.value })}
          />
        </Field>
        {(model?.stages ?? []).map((stage) => (
          <div class="field" key={stage.id}>
            <label htmlFor={`stage-${stage.id}`}>{stage.title}</label>
            <span class="hint" id={`stage-${stage.id}-prompt`}>
              {stage.prompt}
            </span>
            <textarea
              id={`stage-${stage.id}`}
              spellcheck={false}
              autocomplete="off"
              aria-describedby={`stage-${stage.id}-prompt`}
              value={entry.answers[stage.id] ?? ''}
              onInput={(event) =>
                update({}, { answers: { ...entry.answers, [stage.id]: event.currentTarget.value } })
              }
            />
          </div>
        ))}
        <fieldset class="stack">
          <legend>How you feel, and how strongly</legend>
          <div class="feelings">
            {FEELINGS.map((name) => {
              const feeling = feelingOf(name);
              return (
                <div class="feeling" key={name}>
                  <div class="field-inline">
                    <input
                      autocomplete="off"
                      id={`feeling-${name}`}
                      type="checkbox"
                      checked={Boolean(feeling)}
                      onChange={(event) => setFeeling(name, event.currentTarget.checked ? 3 : null)}
                    />
                    <label htmlFor={`feeling-${name}`}>{name}</label>
                  </div>
                  {feeling && (
                    <select
                      autocomplete="off"
                      aria-label={`How ${name}`}
                      value={String(feeling.intensity)}
                      onChange={(event) => setFeeling(name, Number(event.currentTarget.value))}
                    >
                      <option value="1">1 a little</option>
                      <option value="2">2</option>
                      <option value="3">3 quite</option>
                      <option value="4">4</option>
                      <option value="5">5 very</option>
                    </select>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
        <div class="form-grid">
          <div class="field">
            <label htmlFor="entry-values">Values at stake</label>
            <span class="hint">Separate with commas, e.g. honesty, the child’s voice.</span>
            <input
              id="entry-values"
              type="text"
              autocomplete="off"
              spellcheck={false}
              value={form.valuesText}
              onInput={(event) =>
                update(
                  { valuesText: event.currentTarget.value },
                  { values: parseList(event.currentTarget.value) },
                )
              }
            />
          </div>
          <div class="field">
            <label htmlFor="entry-tags">Tags</label>
            <span class="hint">Separate with commas.</span>
            <input
              id="entry-tags"
              type="text"
              autocomplete="off"
              spellcheck={false}
              value={form.tagsText}
              onInput={(event) =>
                update(
                  { tagsText: event.currentTarget.value },
                  { tags: parseList(event.currentTarget.value) },
                )
              }
            />
          </div>
        </div>
        <LinkFields
          links={entry.links}
          targets={targets.value}
          onChange={(next) => update({}, { links: next })}
        />
        <p class="save-state" role="status" aria-live="polite">
          {DRAFT_STATE_TEXT[autosave.state]}
        </p>
        <div class="row">
          <Button variant="primary" type="submit" disabled={isSaving}>
            Save entry
          </Button>
          {form.isNew ? (
            <Button variant="quiet" onClick={() => void discard()}>
              Discard draft
            </Button>
          ) : (
            <>
              <Button variant="quiet" onClick={() => void discard()}>
                Discard changes
              </Button>
              <Button variant="danger" onClick={() => void remove()}>
                Delete entry
              </Button>
            </>
          )}
        </div>
        <p class="hint">
          In the journal “{vault.label}”. Spelling checks are off so no text leaves this device.
        </p>
      </form>
    </div>
  );
}
