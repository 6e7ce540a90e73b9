import { deviceToday } from '../../domain/time-zone';
import { systemClock } from '../../domain/clock';
import { newId } from '../../domain/ids';
import { makeEntry, type EntryLinks, type JournalEntry } from '../../domain/journal';
import type { RecordId } from '../../domain/types';
import type { EntryDraft } from '../../private/private-draft';
import { type PrivateStores } from '../../private/stores';
import { entryRecord } from './journal-data';

// The entry being edited, as its form holds it: the entry plus the raw text of its list
// fields, and where it comes from (a draft, the saved entry, or nothing yet).

export interface Form {
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

/** Opens an entry for editing: its draft if one is kept, else the saved entry. */
export async function loadForm(
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

export function newForm(links?: Partial<EntryLinks>): Form {
  const entry = makeEntry({
    id: newId<RecordId>(),
    templateId: 'free-writing',
    date: deviceToday(systemClock.now()),
    now: systemClock.now(),
    links,
  });
  return formOf({ entry, isNew: true });
}
