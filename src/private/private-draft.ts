// One sealed-draft store for every private editor: unfinished journal entries and the CPD
// draft live in the drafts table, sealed with the journal's key like everything private
// (and carried by its encrypted backups). Each payload says what it is; entry drafts
// written before it did are plain `{ entry, isNew }` objects, and are read as such.
import { deleteDraftRecord, draftRecord, draftRecords, putDraftRecord } from '../db/journal';
import type { CpdWork } from '../domain/cpd';
import type { JournalEntry } from '../domain/journal';
import type { RecordId, SealedRecord, VaultId } from '../domain/types';
import type { VaultSession } from '../vault/session';

/** An entry being written, saved or not yet: kept under the entry's own id. */
export interface EntryDraft {
  entry: JournalEntry;
  isNew: boolean;
}

type StoredDraft =
  | ({ kind: 'entry' } & EntryDraft)
  | { kind: 'cpd'; work: CpdWork }
  // Entry drafts from before payloads were labelled.
  | ({ kind?: undefined } & EntryDraft);

function isEntryDraft(payload: StoredDraft): payload is { kind?: 'entry' } & EntryDraft {
  return (payload.kind === undefined || payload.kind === 'entry') && Boolean(payload.entry);
}

/**
 * The CPD draft's record id: one per journal. Record ids are keys for the whole device, so
 * it carries the journal's id and never meets another journal's draft.
 */
export function cpdDraftId(vaultId: VaultId): RecordId {
  return `cpd-${vaultId}` as RecordId;
}

export function createDraftStore(session: VaultSession) {
  async function put(id: RecordId, payload: StoredDraft): Promise<void> {
    await putDraftRecord(await session.sealer().seal('draft', id, payload));
  }

  /** The draft under `id`, or null if there is none; throws if it cannot be opened. */
  async function open(id: RecordId): Promise<StoredDraft | null> {
    const record = await draftRecord(id);
    return record ? session.sealer().open<StoredDraft>(record) : null;
  }

  /** Deletes a draft; the returned function puts it back exactly as it was. */
  async function discard(id: RecordId): Promise<() => Promise<void>> {
    const record = await draftRecord(id);
    await deleteDraftRecord(id);
    return async () => {
      if (record) await putDraftRecord(record);
    };
  }

  return {
    saveEntry: (draft: EntryDraft) => put(draft.entry.id, { kind: 'entry', ...draft }),

    async openEntry(id: RecordId): Promise<EntryDraft | null> {
      const payload = await open(id);
      return payload && isEntryDraft(payload)
        ? { entry: payload.entry, isNew: payload.isNew }
        : null;
    },

    /** Unfinished entries, and how many drafts could not be opened (reported, never dropped). */
    async entryDrafts(vaultId: VaultId): Promise<{ drafts: EntryDraft[]; damaged: number }> {
      const sealer = session.sealer();
      const results = await Promise.allSettled(
        (await draftRecords(vaultId)).map((record: SealedRecord) =>
          sealer.open<StoredDraft>(record),
        ),
      );
      const drafts: EntryDraft[] = [];
      for (const result of results) {
        if (result.status === 'fulfilled' && isEntryDraft(result.value)) {
          drafts.push({ entry: result.value.entry, isNew: result.value.isNew });
        }
      }
      return { drafts, damaged: results.filter((r) => r.status === 'rejected').length };
    },

    saveCpd: (vaultId: VaultId, work: CpdWork) => put(cpdDraftId(vaultId), { kind: 'cpd', work }),

    async openCpd(vaultId: VaultId): Promise<CpdWork | null> {
      const payload = await open(cpdDraftId(vaultId));
      return payload?.kind === 'cpd' ? payload.work : null;
    },

    discard,
  };
}
