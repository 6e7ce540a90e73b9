import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_LIMITS,
  BackupFormatError,
  decodeBackupFile,
} from '../../../src/vault/backup-format';
import { entry, envelopeOf, fileOf, makeJournal } from '../../helpers/backups';

const problemOf = (file: Blob, limits = BACKUP_LIMITS) =>
  decodeBackupFile(file, limits).then(
    () => 'none',
    (error: unknown) => (error instanceof BackupFormatError ? error.problem : String(error)),
  );

async function journalFile(count: number) {
  const sam = await makeJournal('v1', 'Sam');
  for (let i = 0; i < count; i += 1) await sam.write(entry(`e${i}`, `PLAINTEXT-MARKER-${i}`, i));
  return { sam, file: await sam.backup() };
}

describe('encrypted backup file', () => {
  it('round-trips the vault header and every sealed record, and holds no plaintext', async () => {
    const { sam, file } = await journalFile(3);
    expect(await file.text()).not.toContain('PLAINTEXT-MARKER');
    const decoded = await decodeBackupFile(file);
    expect(decoded.vault).toMatchObject({
      id: sam.vault.id,
      label: 'Sam',
      passphraseWrap: sam.vault.passphraseWrap,
    });
    expect(decoded.contents.journalEntries.map((r) => r.id).sort()).toEqual(['e0', 'e1', 'e2']);
    expect(decoded.summary.unreadable.journalEntries).toBe(0);
  });

  it('reads a gzipped file too', async () => {
    const { file } = await journalFile(2);
    const zipped = new Blob([gzipSync(Buffer.from(await file.arrayBuffer()))]);
    expect((await decodeBackupFile(zipped)).summary.counts.journalEntries).toBe(2);
  });

  it('refuses a file too large before reading it, and a gzip bomb at its ceiling', async () => {
    const { file } = await journalFile(1);
    expect(await problemOf(file, { ...BACKUP_LIMITS, fileBytes: 100 })).toBe('too-large');
    const bomb = new Blob([gzipSync(Buffer.alloc(8 * 1024 * 1024, 32))]);
    expect(bomb.size).toBeLessThan(64 * 1024);
    expect(await problemOf(bomb, { ...BACKUP_LIMITS, jsonBytes: 1024 * 1024 })).toBe('too-large');
  });

  it('refuses more records than any journal holds', async () => {
    const { file } = await journalFile(3);
    expect(await problemOf(file, { ...BACKUP_LIMITS, records: 2 })).toBe('too-many-records');
  });

  it('refuses foreign, truncated and malformed files, and counts rows that went missing', async () => {
    const { file } = await journalFile(3);
    const text = await file.text();
    expect(await problemOf(new Blob([text.slice(0, -20)]))).toBe('damaged');
    expect(await problemOf(fileOf({ hello: 'world' }))).toBe('not-a-backup');
    expect(await problemOf(new Blob([]))).toBe('not-a-backup');
    const envelope = await envelopeOf(file);
    expect(await problemOf(fileOf({ ...envelope, vault: { id: 'v1' } }))).toBe('damaged');
    (envelope.records as { journalEntries: unknown[] }).journalEntries.pop();
    const decoded = await decodeBackupFile(fileOf(envelope));
    expect(decoded.summary.counts.journalEntries).toBe(2);
    expect(decoded.summary.unreadable.journalEntries).toBe(1);
  });

  it('keeps one copy of a record repeated in the file, and counts the repeat', async () => {
    const { file } = await journalFile(2);
    const envelope = await envelopeOf(file);
    const rows = (envelope.records as { journalEntries: unknown[] }).journalEntries;
    rows.push(rows[0]);
    envelope.count = 3;
    const decoded = await decodeBackupFile(fileOf(envelope));
    expect(decoded.contents.journalEntries).toHaveLength(2);
    expect(decoded.summary.unreadable.journalEntries).toBe(1);
  });
});
