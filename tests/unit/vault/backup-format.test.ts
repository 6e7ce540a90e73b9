import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { putEntryRecord, putVaultHeader, vaultContents } from '../../../src/db/journal';
import type { RecordId, VaultId } from '../../../src/domain/types';
import { restoreBackup } from '../../../src/features/journal/backup';
import {
  backupEnvelope,
  BackupFormatError,
  decodeBackupFile,
  encodeBackupFile,
} from '../../../src/vault/backup-format';
import { WrongPassphraseError } from '../../../src/vault/errors';
import { createSealer } from '../../../src/vault/sealer';
import { createVault } from '../../../src/vault/vault';
import { CHEAP_ARGON2 } from './fixtures';

const PASSPHRASE = 'maple lantern orbit seventeen';

async function backupOf(count: number) {
  const { vault, key, recoveryKey } = await createVault({
    id: 'v1' as VaultId,
    label: 'Sam',
    passphrase: PASSPHRASE,
    now: 0,
    kdf: CHEAP_ARGON2,
  });
  const sealer = createSealer(key, vault.id);
  const journalEntries = [];
  for (let i = 0; i < count; i += 1) {
    journalEntries.push(
      await sealer.seal('journal-entry', `e${i}` as RecordId, { text: `PLAINTEXT-MARKER-${i}` }),
    );
  }
  const contents = { journalEntries, drafts: [], actionCards: [], checkIns: [] };
  const file = encodeBackupFile(await backupEnvelope(vault, contents, 1));
  return { vault, key, recoveryKey, file, contents };
}

async function snapshot() {
  return {
    vaults: await db.vaults.toArray(),
    entries: await db.journalEntries.toArray(),
  };
}

describe('encrypted backup file', () => {
  it('round-trips the vault header and every sealed record', async () => {
    const { vault, file, contents } = await backupOf(3);
    expect(new TextDecoder().decode(file)).not.toContain('PLAINTEXT-MARKER');
    const decoded = await decodeBackupFile(file);
    expect(decoded.vault).toEqual(vault);
    expect(decoded.contents.journalEntries.map((r) => r.id)).toEqual(['e0', 'e1', 'e2']);
    expect(new Uint8Array(decoded.contents.journalEntries[1]!.ct)).toEqual(
      new Uint8Array(contents.journalEntries[1]!.ct),
    );
  });

  it('refuses truncated, corrupted or foreign files', async () => {
    const { file } = await backupOf(3);
    const json = new TextEncoder().encode(JSON.stringify({ hello: 'world' }));
    const flipped = file.slice();
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    for (const bad of [file.slice(0, file.length - 20), flipped, json, new Uint8Array()]) {
      await expect(decodeBackupFile(bad)).rejects.toBeInstanceOf(BackupFormatError);
    }
  });

  it('refuses a file whose records were dropped on the way', async () => {
    const { vault, contents } = await backupOf(3);
    const envelope = await backupEnvelope(vault, contents, 1);
    envelope.records.journalEntries.pop();
    const file = encodeBackupFile(envelope);
    await expect(decodeBackupFile(file)).rejects.toBeInstanceOf(BackupFormatError);
  });

  it('restores with the passphrase or the recovery key, in one go', async () => {
    const { file, recoveryKey } = await backupOf(5);
    const steps: number[] = [];
    const { vault, key } = await restoreBackup(file, { passphrase: PASSPHRASE }, (p) =>
      steps.push(p.done),
    );
    expect(steps.at(-1)).toBe(5);
    const stored = await vaultContents(vault.id);
    expect(stored.journalEntries).toHaveLength(5);
    expect(await createSealer(key, vault.id).open(stored.journalEntries[0]!)).toEqual({
      text: 'PLAINTEXT-MARKER-0',
    });
    await db.journalEntries.clear();
    await restoreBackup(file, { recoveryKey });
    expect(await db.journalEntries.count()).toBe(5);
  });

  it('changes nothing when the passphrase is wrong, a record is altered, or it is cancelled', async () => {
    const existing = await backupOf(1);
    await putVaultHeader(existing.vault);
    await putEntryRecord(existing.contents.journalEntries[0]!);
    const before = await snapshot();

    const { vault, contents } = await backupOf(3);
    const good = encodeBackupFile(await backupEnvelope(vault, contents, 1));
    await expect(restoreBackup(good, { passphrase: 'wrong passphrase' })).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );

    const ct = new Uint8Array(contents.journalEntries[2]!.ct.slice(0));
    ct[0]! ^= 1;
    const altered = {
      ...contents,
      journalEntries: [
        ...contents.journalEntries.slice(0, 2),
        { ...contents.journalEntries[2]!, ct: ct.buffer },
      ],
    };
    const tampered = encodeBackupFile(await backupEnvelope(vault, altered, 1));
    await expect(restoreBackup(tampered, { passphrase: PASSPHRASE })).rejects.toBeInstanceOf(
      BackupFormatError,
    );

    const controller = new AbortController();
    const cancelled = restoreBackup(
      good,
      { passphrase: PASSPHRASE },
      () => controller.abort(),
      controller.signal,
    );
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });

    expect(await snapshot()).toEqual(before);
  });
});
