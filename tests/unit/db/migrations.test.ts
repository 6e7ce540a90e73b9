import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BreathingSpaceDb, SCHEMA_HISTORY } from '../../../src/db/schema';

/** Writes a database as an older app version would have, then closes it. */
async function seedVersion(name: string, upTo: number, seed: (old: Dexie) => Promise<void>) {
  const old = new Dexie(name);
  for (const step of SCHEMA_HISTORY.filter((s) => s.version <= upTo)) {
    old.version(step.version).stores(step.stores);
  }
  await old.open();
  await seed(old);
  old.close();
}

describe('upgrade from version 1', () => {
  it('keeps every row and fills in what version 2 added', async () => {
    const name = `migration-v1-${Math.random()}`;
    await seedVersion(name, 1, async (old) => {
      await old.table('groups').put({
        id: 'g1',
        name: 'Tîm Gofal Plant — Ynys Môn',
        createdAt: 1,
        updatedAt: 2,
      });
      await old.table('members').bulkPut([
        { id: 'm1', groupId: 'g1', displayName: 'ŁK', createdAt: 1 },
        { id: 'm2', groupId: 'g1', displayName: 'Sam 🙂', role: 'facilitator', createdAt: 1 },
      ]);
      await old.table('series').put({ id: 's1', groupId: 'g1', startDate: '2026-04-14' });
      await old
        .table('workshops')
        .put({ id: 'w1', seriesId: 's1', date: '2026-04-14', agenda: [] });
      await old.table('settings').put({ key: 'ui.theme', value: 'system' });
    });

    const upgraded = new BreathingSpaceDb(name);
    await upgraded.open();

    expect(await upgraded.groups.get('g1' as never)).toMatchObject({
      name: 'Tîm Gofal Plant — Ynys Môn',
      groundRules: '',
      confidentiality: '',
      updatedAt: 2,
    });
    const members = await upgraded.members.orderBy('id').toArray();
    expect(members.map((m) => [m.displayName, m.role])).toEqual([
      ['ŁK', 'participant'],
      ['Sam 🙂', 'facilitator'],
    ]);
    expect(await upgraded.workshops.get('w1' as never)).toMatchObject({
      date: '2026-04-14',
      kind: 'regular',
      literatureIds: [],
    });
    expect(await upgraded.series.count()).toBe(1);
    expect(await upgraded.settings.get('ui.theme')).toEqual({ key: 'ui.theme', value: 'system' });
    expect(await upgraded.journalEntries.count()).toBe(0);
    upgraded.close();
    await Dexie.delete(name);
  });
});

describe('upgrade from version 2', () => {
  it('keeps every journal and sealed row, and adds the empty restore safety store', async () => {
    const name = `migration-v2-${Math.random()}`;
    const sealed = {
      id: 'e1',
      vaultId: 'v1',
      kind: 'journal-entry',
      v: 1,
      iv: new Uint8Array(12).fill(7),
      ct: new Uint8Array([1, 2, 3, 4]).buffer,
      updatedAt: 5,
    };
    await seedVersion(name, 2, async (old) => {
      await old.table('vaults').put({ id: 'v1', createdAt: 1, label: 'Siân' });
      await old.table('journalEntries').put(sealed);
    });

    const upgraded = new BreathingSpaceDb(name);
    await upgraded.open();
    expect(await upgraded.vaults.get('v1' as never)).toMatchObject({ label: 'Siân' });
    const entry = await upgraded.journalEntries.get('e1' as never);
    expect(new Uint8Array(entry!.ct)).toEqual(new Uint8Array([1, 2, 3, 4]));
    expect(await upgraded.restoreSafety.count()).toBe(0);
    upgraded.close();
    await Dexie.delete(name);
  });
});
