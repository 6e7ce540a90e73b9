import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { StorageFullError } from '../../../src/db/errors';
import {
  importGroupMaterial,
  previewGroupImport,
  readGroupMaterial,
} from '../../../src/db/group-file';
import { createGroup } from '../../../src/db/groups';
import {
  buildGroupFile,
  GroupFileError,
  groupFileText,
  materialOf,
  readGroupFile,
  readGroupJson,
} from '../../../src/domain/group-file';
import type { GroupId } from '../../../src/domain/types';
import { groupMaterial } from '../../fixtures/group-material';

const NOW = Date.UTC(2026, 11, 5, 10);

/** Every row of every shareable table, for "nothing changed". */
async function everything() {
  return Promise.all(
    ['groups', 'members', 'series', 'workshops', 'literature', 'incidents', 'runs'].map((table) =>
      db.table(table).toArray(),
    ),
  );
}

/** A file with each table's rows in id order: the same group, however the rows were listed. */
function byId(file: ReturnType<typeof buildGroupFile>) {
  const sorted = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    ...file,
    members: sorted(file.members),
    series: sorted(file.series),
    workshops: sorted(file.workshops),
    literature: sorted(file.literature),
    incidents: sorted(file.incidents),
    records: sorted(file.records),
  };
}

async function seedHere() {
  const here = groupMaterial({ held: 1, seed: 2 });
  await createGroup({
    group: here.group,
    members: here.members,
    series: here.series[0],
    workshops: here.workshops,
  });
  await db.literature.bulkAdd(here.literature);
  await db.incidents.bulkAdd(here.incidents);
  await db.runs.bulkAdd(here.records);
  return here;
}

describe('a group file between two tablets', () => {
  it('export then import into an empty database gives the same group', async () => {
    const source = groupMaterial({ held: 2 });
    const text = groupFileText(buildGroupFile(source, NOW));
    await importGroupMaterial(materialOf(readGroupFile(text)));
    const here = await readGroupMaterial(source.group.id);
    expect(byId(buildGroupFile(here!, NOW))).toEqual(byId(buildGroupFile(source, NOW)));
  });

  it('re-importing a newer file updates rather than duplicating', async () => {
    const source = groupMaterial({ held: 1 });
    await importGroupMaterial(source);
    const newer = structuredClone(source);
    newer.workshops[3] = { ...newer.workshops[3]!, venue: 'Room 9', updatedAt: NOW };
    const preview = await previewGroupImport(newer);
    expect(preview.counts.workshops).toMatchObject({ added: 0, updated: 1, unchanged: 5 });
    await importGroupMaterial(newer);
    expect(await db.workshops.count()).toBe(6);
    expect((await db.workshops.get(newer.workshops[3]!.id))?.venue).toBe('Room 9');
    expect(await db.groups.count()).toBe(1);
  });

  it('never replaces a workshop under way here', async () => {
    const source = groupMaterial({ held: 1 });
    await db.runs.add({ ...source.records[0]!, status: 'running', updatedAt: 1 });
    await importGroupMaterial(source);
    expect((await db.runs.get(source.records[0]!.id))?.status).toBe('running');
  });

  it('writes all or nothing: a write failing half-way leaves the database as it was', async () => {
    await seedHere();
    const before = await everything();
    const incoming = groupMaterial({ held: 2, seed: 3 });
    const failing = vi
      .spyOn(db.incidents, 'bulkPut')
      .mockRejectedValueOnce(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    await expect(importGroupMaterial(incoming)).rejects.toBeInstanceOf(StorageFullError);
    failing.mockRestore();
    expect(await everything()).toEqual(before);
  });
});

/** A valid file's JSON, spoilt in one of the ways files get spoilt. */
function mutatedFiles(seedText: string) {
  const json = JSON.parse(seedText) as Record<string, unknown>;
  const paths = collectPaths(json);
  const spoilAt = fc.tuple(fc.constantFrom(...paths), fc.jsonValue()).map(([path, value]) => {
    const copy = structuredClone(json);
    setAt(copy, path, value);
    return JSON.stringify(copy);
  });
  const removeAt = fc.constantFrom(...paths).map((path) => {
    const copy = structuredClone(json);
    setAt(copy, path, undefined);
    return JSON.stringify(copy);
  });
  const cut = fc.nat({ max: seedText.length }).map((at) => seedText.slice(0, at));
  const flip = fc
    .tuple(fc.nat({ max: seedText.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
    .map(([at, char]) => seedText.slice(0, at) + char + seedText.slice(at + 1));
  const generated = fc
    .record({ format: fc.constant('breathing-space/group'), version: fc.constant(1) })
    .chain((head) =>
      fc.dictionary(fc.string(), fc.jsonValue()).map((rest) => ({ ...rest, ...head })),
    )
    .map((value) => JSON.stringify(value));
  return fc.oneof(spoilAt, spoilAt, removeAt, cut, flip, generated, fc.string());
}

type Path = (string | number)[];

function collectPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => collectPaths(item, [...path, i], out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectPaths(item, [...path, key], out);
  }
  return out;
}

function setAt(target: unknown, path: Path, value: unknown) {
  let at = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

describe('fuzzing the importer', () => {
  const seedText = groupFileText(buildGroupFile(groupMaterial({ held: 2 }), NOW));

  it('5,000 generated and mutated files: each is read or refused with a GroupFileError', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutatedFiles(seedText), (text) => {
        try {
          const file = readGroupFile(text);
          accepted += 1;
          // What is accepted is whole: it reads the same a second time.
          expect(readGroupJson(JSON.parse(groupFileText(file)))).toEqual(file);
        } catch (error) {
          if (!(error instanceof GroupFileError)) throw error;
        }
      }),
      { numRuns: 5_000 },
    );
    // Some mutations leave a valid file (a new venue, a new title): they must get through.
    expect(accepted).toBeGreaterThan(0);
  });

  it('a refused file changes nothing; an accepted one leaves only valid, connected rows', async () => {
    const here = await seedHere();
    await fc.assert(
      fc.asyncProperty(mutatedFiles(seedText), async (text) => {
        const before = await everything();
        let material;
        try {
          material = materialOf(readGroupFile(text));
        } catch (error) {
          expect(error).toBeInstanceOf(GroupFileError);
          expect(await everything()).toEqual(before);
          return;
        }
        await importGroupMaterial(material);
        for (const id of [material.group.id, here.group.id] as GroupId[]) {
          const stored = await readGroupMaterial(id);
          expect(() =>
            readGroupJson(JSON.parse(groupFileText(buildGroupFile(stored!, NOW)))),
          ).not.toThrow();
        }
      }),
      { numRuns: 400 },
    );
  });
});
