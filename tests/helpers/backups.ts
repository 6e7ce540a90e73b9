// Journals and backup files as the app makes them, for restore tests: real vaults (cheap
// key derivation), real entries and cards, sealed and written through the repositories.
import { putActionCardRecord } from '../../src/db/action-cards';
import { putEntryRecord, putVaultHeader, vaultContents } from '../../src/db/journal';
import { makeCard, type ActionCard } from '../../src/domain/action-cards';
import { makeEntry, type JournalEntry } from '../../src/domain/journal';
import type { RecordId, VaultId } from '../../src/domain/types';
import { makeBackup } from '../../src/features/journal/backup';
import { backupEnvelope, encodeBackupFile } from '../../src/vault/backup-format';
import type { KdfParams } from '../../src/vault/kdf';
import { createSealer } from '../../src/vault/sealer';
import { createVault, type Vault } from '../../src/vault/vault';
import { CHEAP_ARGON2 } from '../unit/vault/fixtures';

export const PASSPHRASE = 'maple lantern orbit seventeen';

export function entry(id: string, text: string, updatedAt: number): JournalEntry {
  const made = makeEntry({
    id: id as RecordId,
    templateId: 'free-writing',
    date: '2026-11-03',
    now: updatedAt,
  });
  return { ...made, answers: { text }, updatedAt };
}

export function card(id: string, heading: string, updatedAt: number): ActionCard {
  const made = makeCard({
    id: id as RecordId,
    date: '2026-11-03',
    now: updatedAt,
    newActionId: () => `${id}-a1`,
  });
  return { ...made, heading, updatedAt };
}

export interface TestJournal {
  vault: Vault;
  key: CryptoKey;
  recoveryKey: string;
  /** Seals and stores an entry as the app does, at the given time. */
  write(e: JournalEntry): Promise<void>;
  writeCard(c: ActionCard): Promise<void>;
  /** A backup file of the journal as it is now. */
  backup(at?: number): Promise<Blob>;
  /** Opens every stored entry of this journal: id → text. */
  texts(): Promise<Record<string, string>>;
}

export async function makeJournal(
  id: string,
  label = 'Sam',
  {
    passphrase = PASSPHRASE,
    kdf = CHEAP_ARGON2,
    store = true,
  }: { passphrase?: string; kdf?: KdfParams; store?: boolean } = {},
): Promise<TestJournal> {
  const created = await createVault({ id: id as VaultId, label, passphrase, now: 1, kdf });
  if (store) await putVaultHeader(created.vault);
  const sealer = (at: number) =>
    createSealer(created.key, created.vault.id, { clock: { now: () => at } });
  return {
    ...created,
    async write(e) {
      await putEntryRecord(await sealer(e.updatedAt).seal('journal-entry', e.id, e));
    },
    async writeCard(c) {
      await putActionCardRecord(await sealer(c.updatedAt).seal('action-card', c.id, c));
    },
    async backup(at = 1_000) {
      return (await makeBackup(created.vault, { now: () => at })).blob;
    },
    async texts() {
      const { journalEntries } = await vaultContents(created.vault.id);
      const open = createSealer(created.key, created.vault.id);
      const out: Record<string, string> = {};
      for (const record of journalEntries) {
        out[record.id] = (await open.open<JournalEntry>(record)).answers.text ?? '';
      }
      return out;
    },
  };
}

/** A backup file of sealed records that were never stored (a journal from elsewhere). */
export async function backupFileOf(
  vault: Vault,
  key: CryptoKey,
  entries: readonly JournalEntry[],
): Promise<Blob> {
  const sealer = createSealer(key, vault.id);
  const journalEntries = await Promise.all(
    entries.map(async (e) => ({
      ...(await sealer.seal('journal-entry', e.id, e)),
      updatedAt: e.updatedAt,
    })),
  );
  const contents = { journalEntries, drafts: [], actionCards: [], checkIns: [] };
  return new Blob([
    encodeBackupFile(await backupEnvelope(vault, contents, 1_000)) as Uint8Array<ArrayBuffer>,
  ]);
}

/** The file's envelope as JSON, to alter it the way a damaged or crafted file would be. */
export async function envelopeOf(file: Blob): Promise<Record<string, unknown>> {
  return JSON.parse(await file.text()) as Record<string, unknown>;
}

export function fileOf(json: unknown): Blob {
  return new Blob([JSON.stringify(json)]);
}
