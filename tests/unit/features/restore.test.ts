import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { restoreSafetyMadeAt, undoRestore, vaultContents } from '../../../src/db/journal';
import type { RecordId, VaultId } from '../../../src/domain/types';
import {
  applyRestore,
  inspectBackup,
  openBackup,
  type OpenedBackup,
} from '../../../src/features/journal/restore';
import { BackupFormatError } from '../../../src/vault/backup-format';
import { WrongPassphraseError } from '../../../src/vault/errors';
import { createSealer } from '../../../src/vault/sealer';
import type { Vault } from '../../../src/vault/vault';
import {
  backupFileOf,
  card,
  entry,
  envelopeOf,
  fileOf,
  makeJournal,
  PASSPHRASE,
} from '../../helpers/backups';

const clock = { now: () => 50_000 };

async function open(
  file: Blob,
  proof: { passphrase: string } | { recoveryKey: string } = { passphrase: PASSPHRASE },
): Promise<OpenedBackup> {
  const { read } = await inspectBackup(file);
  return openBackup(read, proof);
}

async function snapshot() {
  const rows = async (name: string) =>
    JSON.stringify(
      (await db.table(name).toArray()).map((row: Record<string, unknown>) => ({
        ...row,
        iv: row.iv ? Array.from(row.iv as Uint8Array) : undefined,
        ct: row.ct ? Array.from(new Uint8Array(row.ct as ArrayBuffer)) : undefined,
      })),
    );
  return {
    vaults: (await db.vaults.toArray()).map((v) => v.id).sort(),
    entries: await rows('journalEntries'),
    cards: await rows('actionCards'),
    drafts: await rows('drafts'),
  };
}

describe('inspecting a backup file, before any key work', () => {
  it('says whose journal it is, when it was made, by which version, and what it holds', async () => {
    const sam = await makeJournal('v1', 'Sam');
    await sam.write(entry('e1', 'first', 10));
    await sam.write(entry('e2', 'second', 20));
    await sam.writeCard(card('c1', 'listen more', 30));
    const inspected = await inspectBackup(await sam.backup(1_234));
    expect(inspected.summary).toMatchObject({
      label: 'Sam',
      createdAt: 1_234,
      appVersion: 'test',
      counts: { journalEntries: 2, actionCards: 1, drafts: 0, checkIns: 0 },
    });
    expect(inspected.onDevice?.label).toBe('Sam');
  });

  it('says a newer version made it, and refuses other files plainly', async () => {
    const sam = await makeJournal('v1', 'Sam', { store: false });
    const envelope = await envelopeOf(await sam.backup());
    const problem = (file: Blob) =>
      inspectBackup(file).then(
        () => 'none',
        (error: unknown) => (error instanceof BackupFormatError ? error.problem : String(error)),
      );
    expect(await problem(fileOf({ ...envelope, version: 2 }))).toBe('too-new');
    expect(await problem(fileOf({ hello: 'world' }))).toBe('not-a-backup');
    expect(await problem(new Blob([new Uint8Array([0xff, 0xfe, 0x00])]))).toBe('not-a-backup');
    const text = JSON.stringify(envelope);
    expect(await problem(new Blob([text.slice(0, text.length / 2)]))).toBe('damaged');
  });

  it('refuses key-derivation costs outside the bounds before deriving anything', async () => {
    const sam = await makeJournal('v1', 'Sam', { store: false });
    const envelope = await envelopeOf(await sam.backup());
    const vault = envelope.vault as { kdf: Record<string, unknown> };
    for (const kdf of [
      { ...vault.kdf, memoryKiB: 4 * 1024 * 1024 },
      { ...vault.kdf, iterations: 1_000 },
      { algorithm: 'pbkdf2-sha256', iterations: 2 ** 31, salt: vault.kdf.salt },
    ]) {
      const file = fileOf({ ...envelope, vault: { ...vault, kdf } });
      await expect(inspectBackup(file)).rejects.toMatchObject({ problem: 'unsafe-kdf' });
    }
  });
});

describe('opening and restoring', () => {
  it('merges by default: an older backup adds what is missing and keeps newer writing', async () => {
    const sam = await makeJournal('v1', 'Sam');
    await sam.write(entry('e1', 'old words', 10));
    await sam.write(entry('e2', 'kept as is', 20));
    const older = await sam.backup();
    // Since the backup: e1 rewritten, e3 new; and e2 lost on this device (to be brought back).
    await sam.write(entry('e1', 'newer words', 100));
    await sam.write(entry('e3', 'written since', 110));
    await db.journalEntries.delete('e2' as RecordId);

    const opened = await open(older);
    expect(opened.target.kind).toBe('same');
    expect(opened.comparison.journalEntries).toMatchObject({
      inBackup: 2,
      onDevice: 2,
      onlyInBackup: 1,
      newerOnDevice: 1,
      onlyOnDevice: 1,
    });
    await applyRestore(opened, 'merge', clock);
    expect(await sam.texts()).toEqual({
      e1: 'newer words',
      e2: 'kept as is',
      e3: 'written since',
    });
  });

  it('replaces only when asked, after a safety copy that Undo restore brings back', async () => {
    const sam = await makeJournal('v1', 'Sam');
    await sam.write(entry('e1', 'old words', 10));
    const older = await sam.backup();
    await sam.write(entry('e1', 'newer words', 100));
    await sam.write(entry('e2', 'written since', 110));
    const before = await sam.texts();

    await applyRestore(await open(older), 'replace', clock);
    expect(await sam.texts()).toEqual({ e1: 'old words' });
    expect(await restoreSafetyMadeAt(sam.vault.id)).toBe(50_000);

    expect(await undoRestore(sam.vault.id)).toBe(true);
    expect(await sam.texts()).toEqual(before);
    expect(await restoreSafetyMadeAt(sam.vault.id)).toBeNull();
  });

  it('adds a journal that is not on this device, with a name of its own', async () => {
    await makeJournal('v2', 'Sam');
    const elsewhere = await makeJournal('v1', 'sam', { store: false });
    const file = await backupFileOf(elsewhere.vault, elsewhere.key, [entry('e1', 'hello', 5)]);
    const opened = await open(file);
    expect(opened.target).toMatchObject({ kind: 'new', vaultId: 'v1', label: 'sam (2)' });
    const vault = await applyRestore(opened, 'merge', clock);
    expect(vault.label).toBe('sam (2)');
    expect((await vaultContents('v1' as VaultId)).journalEntries).toHaveLength(1);
  });

  it('opens with the recovery key too', async () => {
    const sam = await makeJournal('v1', 'Sam');
    await sam.write(entry('e1', 'hello', 5));
    const file = await sam.backup();
    await db.journalEntries.clear();
    await applyRestore(await open(file, { recoveryKey: sam.recoveryKey }), 'merge', clock);
    expect(await sam.texts()).toEqual({ e1: 'hello' });
  });
});

describe('a backup never takes over or moves another journal', () => {
  it('a crafted backup with my journal’s id but other keys becomes a separate journal', async () => {
    const mine = await makeJournal('v1', 'Sam', { passphrase: 'my own long passphrase' });
    await mine.write(entry('e1', 'my private words', 10));
    const before = await snapshot();
    const impostor = await makeJournal('v1', 'Sam', { store: false });
    const file = await backupFileOf(impostor.vault, impostor.key, [entry('e9', 'planted', 5)]);

    const opened = await open(file);
    expect(opened.target.kind).toBe('separate');
    expect(opened.target.vaultId).not.toBe('v1');
    expect(opened.target.label).toBe('Sam (2)');
    // Replace is not on offer for a separate journal: it is added, whatever is asked.
    const added = await applyRestore(opened, 'replace', clock);

    expect(await mine.texts()).toEqual({ e1: 'my private words' });
    const header = (await db.vaults.get('v1' as VaultId)) as Vault;
    expect(header.passphraseWrap).toEqual(mine.vault.passphraseWrap);
    const copy = await vaultContents(added.id);
    expect(copy.journalEntries).toHaveLength(1);
    // The copy opens with its own key, under its new id.
    const text = await createSealer(impostor.key, added.id).open(copy.journalEntries[0]!);
    expect(text).toMatchObject({ answers: { text: 'planted' } });
    expect((await snapshot()).entries).toContain(before.entries.slice(1, -1));
  });

  it('a new journal’s backup that reuses one of my entry ids leaves my entry where it is', async () => {
    const mine = await makeJournal('v1', 'Sam');
    await mine.write(entry('e1', 'my private words', 10));
    const theirs = await makeJournal('v2', 'Jo', { store: false });
    const file = await backupFileOf(theirs.vault, theirs.key, [entry('e1', 'their words', 99)]);

    const opened = await open(file);
    expect(opened.target.kind).toBe('new');
    const added = await applyRestore(opened, 'merge', clock);

    expect(await mine.texts()).toEqual({ e1: 'my private words' });
    const [moved] = (await vaultContents(added.id)).journalEntries;
    expect(moved!.id).not.toBe('e1');
    const opened2 = await createSealer(theirs.key, added.id).open<{ id: string }>(moved!);
    expect(opened2).toMatchObject({ id: moved!.id, answers: { text: 'their words' } });
  });
});

describe('damage, wrong keys and cancelling', () => {
  it('leaves out a wrong-shaped or altered record, says how many, and restores the rest', async () => {
    const sam = await makeJournal('v1', 'Sam', { store: false });
    const good = [entry('e1', 'one', 1), entry('e2', 'two', 2), entry('e3', 'three', 3)];
    const envelope = await envelopeOf(await backupFileOf(sam.vault, sam.key, good));
    const rows = (envelope.records as { journalEntries: unknown[][] }).journalEntries;
    rows.push(['broken', 'not a number', 'x', 'y', -1]);
    const ct = rows[1]![3] as string;
    rows[1]![3] = `${ct[0] === 'A' ? 'B' : 'A'}${ct.slice(1)}`;
    envelope.count = 4;
    const opened = await open(fileOf(envelope));
    expect(opened.unreadable.journalEntries).toBe(2);
    expect(opened.records.journalEntries.map((r) => r.id).sort()).toEqual(['e1', 'e3']);
    await applyRestore(opened, 'merge', clock);
    expect(Object.keys(await sam.texts()).sort()).toEqual(['e1', 'e3']);
  });

  it('a wrong passphrase or a cancel changes nothing', async () => {
    const sam = await makeJournal('v1', 'Sam');
    await sam.write(entry('e1', 'hello', 5));
    const file = await sam.backup();
    await sam.write(entry('e1', 'changed since', 9));
    const before = await snapshot();
    await expect(open(file, { passphrase: 'not the passphrase' })).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    const { read } = await inspectBackup(file);
    const controller = new AbortController();
    await expect(
      openBackup(read, { passphrase: PASSPHRASE }, () => controller.abort(), controller.signal),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('cancelling the write', () => {
  it('rolls the whole transaction back, even part-way through a replace', async () => {
    const sam = await makeJournal('v1', 'Sam');
    for (let i = 0; i < 20; i += 1) await sam.write(entry(`e${i}`, `old ${i}`, i));
    const file = await sam.backup();
    await sam.write(entry('e0', 'newer', 10_000));
    const before = await snapshot();
    const opened = await open(file);
    // Cancel pressed once the safety copy is in and the journal's rows are gone: the
    // moment when a half-done replace would lose the most.
    let checks = 0;
    const cancelledLater = {
      get aborted() {
        checks += 1;
        return true;
      },
    } as AbortSignal;
    await expect(applyRestore(opened, 'replace', clock, cancelledLater)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(checks).toBe(1);
    expect(await snapshot()).toEqual(before);
    expect(await restoreSafetyMadeAt(sam.vault.id)).toBeNull();
  });
});

describe('backup file names', () => {
  it('carry the journal’s name, the date and the time, safe for any file system', async () => {
    const { backupFileName } = await import('../../../src/features/journal/backup');
    const at = Date.UTC(2026, 10, 3, 14, 5);
    expect(backupFileName('Siân', at)).toMatch(/^breathing-space-Siân-2026-11-03-\d{4}\.bsbackup$/);
    expect(backupFileName('A/B: "team" \u202e', at)).toMatch(
      /^breathing-space-A-B-team-2026-11-03/,
    );
    expect(backupFileName('///', at)).toMatch(/^breathing-space-2026-11-03-\d{4}\.bsbackup$/);
  });
});

describe('the stamps a merge compares', () => {
  it('are each record’s own time, from one journal only, however times interleave', async () => {
    const { vaultStamps } = await import('../../../src/db/journal');
    const sam = await makeJournal('v1', 'Sam');
    const jo = await makeJournal('v2', 'Jo');
    await sam.write(entry('s1', 'a', 30));
    await jo.write(entry('j1', 'b', 20));
    await sam.write(entry('s2', 'c', 10));
    await jo.write(entry('j2', 'd', 30));
    await sam.writeCard(card('c1', 'aim', 5));
    const stamps = await vaultStamps(sam.vault.id);
    expect(stamps.journalEntries.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 's1', updatedAt: 30 },
      { id: 's2', updatedAt: 10 },
    ]);
    expect(stamps.actionCards).toEqual([{ id: 'c1', updatedAt: 5 }]);
  });
});

describe('the safety copy', () => {
  it('goes with its journal when the journal is deleted, and with every journal', async () => {
    const { deleteAllPrivateData, deleteVault } = await import('../../../src/db/journal');
    const sam = await makeJournal('v1', 'Sam');
    await sam.write(entry('e1', 'words', 1));
    const file = await sam.backup();
    await applyRestore(await open(file), 'replace', clock);
    expect(await restoreSafetyMadeAt(sam.vault.id)).not.toBeNull();
    await deleteVault(sam.vault.id);
    expect(await db.restoreSafety.count()).toBe(0);

    const jo = await makeJournal('v2', 'Jo');
    await jo.write(entry('e2', 'words', 1));
    await applyRestore(await open(await jo.backup()), 'replace', clock);
    await deleteAllPrivateData();
    expect(await db.restoreSafety.count()).toBe(0);
  });
});

describe('what the notice after a merge says', () => {
  it('counts action cards brought back, not only entries', async () => {
    const { restoredMessage } = await import('../../../src/features/journal/restore-words');
    const sam = await makeJournal('v1', 'Sam');
    await sam.write(entry('e1', 'words', 1));
    await sam.writeCard(card('c1', 'aim', 2));
    const file = await sam.backup();
    await db.actionCards.clear();
    const opened = await open(file);
    expect(restoredMessage(opened, 'merge')).toMatch(
      /^Backup merged: 0 entries and 1 action card added, 0 updated/,
    );
  });
});
