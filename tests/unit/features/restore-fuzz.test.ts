// Thousands of hostile and damaged backup files against the whole restore, as a user would
// run it (inspect, open with the passphrase, merge or replace): none crashes with anything
// but a plain refusal, none writes part of itself, none touches another journal, and every
// journal on the device still opens afterwards.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { vaultContents } from '../../../src/db/journal';
import type { VaultId } from '../../../src/domain/types';
import {
  applyRestore,
  inspectBackup,
  openBackup,
  type RestoreMode,
} from '../../../src/features/journal/restore';
import { BackupFormatError } from '../../../src/vault/backup-format';
import { WrongPassphraseError } from '../../../src/vault/errors';
import { createSealer } from '../../../src/vault/sealer';
import {
  backupFileOf,
  card,
  entry,
  envelopeOf,
  fileOf,
  makeJournal,
  PASSPHRASE,
} from '../../helpers/backups';

const MINE = 'mine-vault';
let template: Record<string, unknown>;
let theirsKey: CryptoKey;

beforeAll(async () => {
  // A backup of someone else's journal, with entries, a card, and an id shared with mine.
  const theirs = await makeJournal('their-vault', 'Jo', { store: false });
  theirsKey = theirs.key;
  const file = await backupFileOf(theirs.vault, theirs.key, [
    entry('shared-id', 'their words', 30),
    entry('t2', 'more of theirs', 40),
  ]);
  template = await envelopeOf(file);
  const sealer = createSealer(theirs.key, theirs.vault.id);
  const sealedCard = await sealer.seal(
    'action-card',
    card('c1', 'aim', 5).id,
    card('c1', 'aim', 5),
  );
  const row = [
    sealedCard.id,
    sealedCard.v,
    Buffer.from(sealedCard.iv).toString('base64'),
    Buffer.from(new Uint8Array(sealedCard.ct)).toString('base64'),
    sealedCard.updatedAt,
  ];
  (template.records as Record<string, unknown[]>).actionCards = [row];
  template.count = 3;
});

/** My journal, stored on the device before each run. */
async function setUpMine() {
  const mine = await makeJournal(MINE, 'Sam');
  await mine.write(entry('shared-id', 'my private words', 10));
  await mine.write(entry('m2', 'more of mine', 20));
  return mine;
}

async function snapshot() {
  const tables = ['vaults', 'journalEntries', 'drafts', 'actionCards', 'checkIns', 'restoreSafety'];
  const out: Record<string, string> = {};
  for (const name of tables) {
    const rows = await db.table(name).toArray();
    out[name] = JSON.stringify(rows, (_, value: unknown) =>
      value instanceof ArrayBuffer
        ? Array.from(new Uint8Array(value))
        : ArrayBuffer.isView(value)
          ? Array.from(value as Uint8Array)
          : value,
    );
  }
  return out;
}

function isPlainRefusal(error: unknown): boolean {
  return error instanceof BackupFormatError || error instanceof WrongPassphraseError;
}

/** Every record of every vault opens with that vault's key. */
async function everyJournalOpens(mineKey: CryptoKey) {
  for (const vault of await db.vaults.toArray()) {
    const key = vault.id === MINE ? mineKey : theirsKey;
    const sealer = createSealer(key, vault.id);
    const contents = await vaultContents(vault.id);
    for (const record of Object.values(contents).flat()) {
      expect(await sealer.verify(record)).toBe(true);
    }
  }
}

/** Runs a file through the restore as a user would; returns whether anything was written. */
async function restoreAsUser(file: Blob, mode: RestoreMode): Promise<boolean> {
  try {
    const { read } = await inspectBackup(file);
    const opened = await openBackup(read, { passphrase: PASSPHRASE });
    await applyRestore(opened, mode, { now: () => 99 });
    return true;
  } catch (error) {
    if (!isPlainRefusal(error)) throw error;
    return false;
  }
}

type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  if (value && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]))];
  }
  return [path];
}

function setAt(root: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(root);
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = setAt(copy[head!], rest, replace);
  return copy;
}

const REMOVE = Symbol('remove');

/** Values a field may be replaced with; key-derivation costs stay cheap or out of bounds. */
function replacement(path: Path) {
  const last = path.at(-1);
  if (path.includes('kdf') && typeof last === 'string' && last !== 'salt') {
    return fc.constantFrom<unknown>(0, -1, 1.5, 11, 300 * 1024, 2 ** 53, '64', null, 'argon2i');
  }
  return fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom<unknown>(REMOVE, MINE, 'shared-id', 'm2', '', 'A'.repeat(17), '__proto__'),
    fc.string({ maxLength: 2_000 }),
    fc.integer(),
  );
}

const mutation = fc.nat().chain((seed) => {
  const paths = leafPaths(template);
  const path = paths[seed % paths.length]!;
  return replacement(path).map((value) => ({ path, value }));
});

function mutate(mutations: { path: Path; value: unknown }[]): unknown {
  let value: unknown = template;
  for (const { path, value: next } of mutations) {
    value = setAt(value, path, () => next);
    if (next === REMOVE) {
      const parent = path.slice(0, -1);
      value = setAt(value, parent, (old) => {
        if (Array.isArray(old)) return old.filter((_, i) => i !== path.at(-1));
        if (!old || typeof old !== 'object') return old;
        const rest = { ...(old as Record<string, unknown>) };
        delete rest[path.at(-1)!];
        return rest;
      });
    }
  }
  return value;
}

describe('restore fuzzing', () => {
  it('any JSON at all is refused plainly and changes nothing', async () => {
    await setUpMine();
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (json) => {
        expect(await restoreAsUser(fileOf(json), 'merge')).toBe(false);
      }),
      { numRuns: 1_500 },
    );
    expect(await snapshot()).toEqual(before);
  });

  it('damaged and crafted backups never write part of themselves or touch my journal', async () => {
    const mine = await setUpMine();
    const myTexts = await mine.texts();
    const device = await Promise.all(db.tables.map(async (t) => [t, await t.toArray()] as const));
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom<RestoreMode>('merge', 'replace'),
        async (mutations, mode) => {
          // Each run starts from a device holding only my journal.
          for (const [table, rows] of device) {
            await table.clear();
            await table.bulkPut(rows);
          }
          const before = await snapshot();
          const wrote = await restoreAsUser(fileOf(mutate(mutations)), mode);
          if (!wrote) expect(await snapshot()).toEqual(before);
          expect(await mine.texts()).toEqual(myTexts);
          expect((await db.vaults.get(MINE as VaultId))!.passphraseWrap).toEqual(
            mine.vault.passphraseWrap,
          );
          await everyJournalOpens(mine.key);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('a backup bearing my journal’s id and entry ids still leaves my journal alone', async () => {
    const mine = await setUpMine();
    const myTexts = await mine.texts();
    const crafted = { ...template, vault: { ...(template.vault as object), id: MINE } };
    expect(await restoreAsUser(fileOf(crafted), 'replace')).toBe(true);
    expect(await mine.texts()).toEqual(myTexts);
    expect(await db.vaults.count()).toBe(2);
    await everyJournalOpens(mine.key);
  });
});
