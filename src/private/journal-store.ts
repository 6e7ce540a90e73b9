// The decrypted journal, held in memory only while the vault is unlocked: the first page
// is opened first (quick to show), then the rest in batches for the timeline and search.
// Records that fail to open are listed, never dropped and never blocking the rest.
import { computed, signal } from '@preact/signals';
import {
  deleteEntryRecord,
  eachEntryRecordPage,
  putEntryClearingDraft,
  putEntryRecord,
  recentEntryRecords,
} from '../db/journal';
import { requestPersistenceOnce } from '../db/storage';
import { compareNewestFirst, searchableText, type JournalEntry } from '../domain/journal';
import { parseJournalEntry } from '../domain/private-records';
import type { RecordId, SealedRecord, VaultId } from '../domain/types';
import type { VaultSession } from '../vault/session';
import { markTiming, timed } from '../vault/timing';

export interface LoadedEntry {
  entry: JournalEntry;
  /** Lower-cased searchable text, computed once per entry. */
  text: string;
}

const FIRST_PAGE = 50;

export function createJournalStore(session: VaultSession) {
  const entries = signal<ReadonlyMap<RecordId, LoadedEntry>>(new Map());
  const corrupt = signal<readonly RecordId[]>([]);
  const status = signal<'idle' | 'loading' | 'partial' | 'ready'>('idle');
  const newestFirst = computed(() =>
    [...entries.value.values()].sort((a, b) => compareNewestFirst(a.entry, b.entry)),
  );
  let generation = 0;

  session.onLocked(() => {
    generation += 1;
    entries.value = new Map();
    corrupt.value = [];
    status.value = 'idle';
  });

  async function openRecords(records: readonly SealedRecord[]) {
    const sealer = session.sealer();
    const results = await Promise.allSettled(records.map((record) => sealer.open(record)));
    const opened: LoadedEntry[] = [];
    const failed: RecordId[] = [];
    results.forEach((result, i) => {
      // One that opens but is not an entry (or claims another's id) is set aside too.
      const entry = result.status === 'fulfilled' ? parseJournalEntry(result.value) : null;
      if (entry && entry.id === records[i]!.id) {
        opened.push({ entry, text: searchableText(entry) });
      } else failed.push(records[i]!.id);
    });
    return { opened, failed };
  }

  /** Opens the vault's entries: the most recent page first, then everything. */
  async function load(vaultId: VaultId): Promise<void> {
    // Locked before we got here (an effect may run a frame late): nothing to open.
    if (!session.isUnlocked()) return;
    const current = (generation += 1);
    try {
      await loadAll(vaultId, current);
    } catch (error) {
      // Locked part-way: the half-open journal was dropped already, nothing to report.
      if (current !== generation) return;
      status.value = 'idle';
      throw error;
    }
  }

  async function loadAll(vaultId: VaultId, current: number): Promise<void> {
    status.value = 'loading';
    const first = await openRecords(await recentEntryRecords(vaultId, FIRST_PAGE));
    if (current !== generation) return;
    entries.value = new Map(first.opened.map((loaded) => [loaded.entry.id, loaded]));
    status.value = 'partial';
    markTiming('journal:first-page-open');
    const next = new Map<RecordId, LoadedEntry>();
    const failed: RecordId[] = [];
    let isSuperseded = false;
    // Read and opened a page at a time, so the page never stalls on a large journal.
    await eachEntryRecordPage(vaultId, async (page) => {
      if (isSuperseded) return;
      const batch = await openRecords(page);
      if (current !== generation) isSuperseded = true;
      for (const loaded of batch.opened) next.set(loaded.entry.id, loaded);
      failed.push(...batch.failed);
    });
    if (isSuperseded || current !== generation) return;
    entries.value = next;
    corrupt.value = failed;
    status.value = 'ready';
    markTiming('journal:all-open');
  }

  function put(entry: JournalEntry) {
    const next = new Map(entries.value);
    next.set(entry.id, { entry, text: searchableText(entry) });
    entries.value = next;
  }

  /** Seals and saves an entry, and clears its draft. */
  async function save(entry: JournalEntry): Promise<void> {
    await timed('journal:save', async () => {
      const record = await session.sealer().seal('journal-entry', entry.id, entry);
      await putEntryClearingDraft(record);
    });
    put(entry);
    void requestPersistenceOnce().catch(() => undefined);
  }

  /** Deletes an entry; the returned function puts it back exactly as it was. */
  async function remove(id: RecordId): Promise<() => Promise<void>> {
    const loaded = entries.value.get(id);
    const record = await deleteEntryRecord(id);
    const next = new Map(entries.value);
    next.delete(id);
    entries.value = next;
    return async () => {
      if (!record) return;
      await putEntryRecord(record);
      if (loaded && session.isUnlocked()) put(loaded.entry);
    };
  }

  return {
    entries,
    newestFirst,
    corrupt,
    status,
    load,
    save,
    remove,
  };
}
