import { useEffect, useState } from 'preact/hooks';
import { deleteWithUndo } from '../../app/delete-with-undo';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import { useLinkTargets } from '../../private/private-data';
import { systemClock } from '../../domain/clock';
import {
  isBlank,
  parseList,
  templateOf,
  type EntryLinks,
  type JournalEntry,
} from '../../domain/journal';
import type { RecordId } from '../../domain/types';
import type { Vault } from '../../vault/vault';
import { LinkFields } from '../../private/LinkFields';
import { DRAFT_STATE_TEXT, usePrivateDraft } from '../../private/use-private-draft';
import { usePrivateStores } from '../../private/stores';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Field } from '../../ui/Field';
import { TemplateOptions } from './TemplateOptions';
import { loadForm, newForm, type Form } from './entry-form';
import { FeelingsField } from './FeelingsField';
import { StageFields } from './StageFields';
import { ValuesAndTags } from './ValuesAndTags';

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
        <ScreenHeader title="Entry not found" />
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
    await deleteWithUndo(
      ui,
      'Entry',
      async () => {
        await drafts.discard(id);
        return journal.remove(id);
      },
      ['journal'],
    );
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
              <TemplateOptions />
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
        <StageFields
          stages={model?.stages ?? []}
          answers={entry.answers}
          onChange={(answers) => update({}, { answers })}
        />
        <FeelingsField
          feelings={entry.feelings}
          onChange={(feelings) => update({}, { feelings })}
        />
        <ValuesAndTags
          valuesText={form.valuesText}
          tagsText={form.tagsText}
          onValues={(text) => update({ valuesText: text }, { values: parseList(text) })}
          onTags={(text) => update({ tagsText: text }, { tags: parseList(text) })}
        />
        <LinkFields
          links={entry.links}
          targets={targets.value}
          onChange={(next) => update({}, { links: next })}
        />
        <p class="save-state" role="status" aria-live="polite">
          {DRAFT_STATE_TEXT[autosave.state]}
        </p>
        <div class="row">
          <Button variant="primary" type="submit" isBusy={isSaving}>
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
