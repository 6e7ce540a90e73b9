import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildGroupFile,
  GroupFileError,
  groupFileText,
  readGroupFile,
  type GroupFile,
} from '../../../src/domain/group-file';
import { changesAnything, planGroupMerge } from '../../../src/domain/group-merge';
import { LinkDataError } from '../../../src/domain/link-encoding';
import { readSeriesLink, seriesLinkData } from '../../../src/domain/series-link';
import type { RunRecord } from '../../../src/domain/types';
import { groupMaterial } from '../../fixtures/group-material';

const NOW = Date.UTC(2026, 11, 5, 10);

function problemOf(text: string) {
  try {
    readGroupFile(text);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(GroupFileError);
    return (error as GroupFileError).problem;
  }
}

describe('the group file', () => {
  it('reads back exactly what was written', () => {
    const material = groupMaterial({ held: 2 });
    const file = buildGroupFile(material, NOW);
    expect(readGroupFile(groupFileText(file))).toEqual(file);
    expect(file.records).toHaveLength(2);
    expect(file.workshops).toEqual(material.workshops);
    expect(file.incidents).toEqual(material.incidents);
  });

  it('keeps out whatever the schema does not name, and workshops under way', () => {
    const material = groupMaterial({ held: 1 });
    const record = material.records[0]!;
    const unfinished: RunRecord = { ...record, id: 'live' as RunRecord['id'], status: 'running' };
    const withExtras = {
      ...material,
      group: { ...material.group, privateNote: 'MARKER-1' },
      records: [
        {
          ...record,
          questionnaireDraft: { engaged: 'MARKER-2' },
          checkIn: { speaker: 1, since: NOW },
          passRound: { kind: 'questionnaire', phaseId: 'x', since: NOW },
        } as RunRecord,
        unfinished,
      ],
    };
    const text = groupFileText(buildGroupFile(withExtras, NOW));
    expect(text).not.toContain('MARKER');
    expect(text).not.toContain('"checkIn"');
    expect(text).not.toContain('"passRound"');
    expect(text).not.toContain('"live"');
  });

  it('opens anywhere even when this tablet holds broken links: they are left out of the file', () => {
    const material = groupMaterial({ held: 2 });
    const [left, ...stayed] = material.members;
    const deletedWorkshop = material.workshops[1]!;
    const broken = {
      ...material,
      members: stayed,
      workshops: material.workshops.filter((w) => w.id !== deletedWorkshop.id),
      incidents: material.incidents.map((incident, i) =>
        i === 0 ? { ...incident, carriedFromId: 'removed' as never } : incident,
      ),
    };
    const file = readGroupFile(groupFileText(buildGroupFile(broken, NOW)));
    expect(file.records).toHaveLength(2);
    expect(file.records[0]!.attendance).not.toContain(left!.id);
    expect(file.records[1]!.workshopId).toBeNull();
    expect(file.incidents[0]!.carriedFromId).toBeNull();
    expect(file.incidents.find((i) => i.id === material.incidents[1]!.id)?.workshopId).toBeNull();
    expect(file.workshops[0]!.facilitatorId).toBeNull();
  });

  it.each([
    ['not JSON', '{"format":', { kind: 'not-json' }],
    [
      'another kind of file',
      '{"format":"breathing-space/encrypted-journal-backup"}',
      { kind: 'not-a-group-file' },
    ],
    ['a list', '[1,2]', { kind: 'not-a-group-file' }],
  ])('refuses %s', (_what, text, problem) => {
    expect(problemOf(text)).toEqual(problem);
  });

  it('refuses a file from a newer version, saying so', () => {
    const file = buildGroupFile(groupMaterial(), NOW);
    expect(problemOf(JSON.stringify({ ...file, version: 2 }))).toEqual({
      kind: 'too-new',
      version: 2,
    });
  });

  it('says where a field is wrong, counting from 1', () => {
    const file = buildGroupFile(groupMaterial(), NOW);
    const bad = structuredClone(file) as GroupFile;
    (bad.workshops[2] as { date: string }).date = '2026-02-30';
    expect(problemOf(JSON.stringify(bad))).toEqual({
      kind: 'invalid',
      where: 'workshops 3 date',
      expected: 'a real date',
    });
  });

  it.each<[string, (file: GroupFile) => void, string]>([
    [
      'a workshop of another series',
      (f) => void (f.workshops[0]!.seriesId = 'elsewhere'),
      'workshops 1',
    ],
    ['a member of another group', (f) => void (f.members[1]!.groupId = 'other'), 'members 2'],
    [
      'a reading that is not there',
      (f) => void f.workshops[1]!.literatureIds.push('gone'),
      'workshops 2',
    ],
    [
      'a presenter who is not a member',
      (f) => void (f.incidents[0]!.presenterId = 'nobody'),
      'incidents 1',
    ],
    ['an id used twice', (f) => void (f.members[1]!.id = f.members[0]!.id), 'members 2'],
  ])('refuses %s', (_what, spoil, where) => {
    const file = structuredClone(buildGroupFile(groupMaterial(), NOW));
    spoil(file);
    expect(problemOf(JSON.stringify(file))).toMatchObject({ kind: 'inconsistent', where });
  });

  it('refuses a file larger than any group could make', () => {
    expect(problemOf(' '.repeat(21 * 1024 * 1024))).toEqual({ kind: 'too-large' });
  });
});

describe('taking a file in', () => {
  it('adds everything to a tablet without the group', () => {
    const material = groupMaterial({ held: 1 });
    const plan = planGroupMerge(material, null);
    expect(plan.isNewGroup).toBe(true);
    expect(plan.counts.workshops.added).toBe(6);
    expect(plan.writes.records).toHaveLength(1);
  });

  it('changes nothing when the tablet already has the same', () => {
    const material = groupMaterial({ held: 1 });
    const plan = planGroupMerge(material, structuredClone(material));
    expect(changesAnything(plan)).toBe(false);
    expect(plan.counts.workshops.unchanged).toBe(6);
  });

  it('takes the newer of each row, and keeps rows only on this tablet', () => {
    const here = groupMaterial();
    const there = structuredClone(here);
    there.workshops[0] = { ...there.workshops[0]!, venue: 'Room 5', updatedAt: NOW };
    here.workshops[1] = { ...here.workshops[1]!, venue: 'Library', updatedAt: NOW };
    const onlyHere = { ...here.literature[0]!, id: 'only-here' as never };
    here.literature.push(onlyHere);
    const plan = planGroupMerge(there, here);
    expect(plan.writes.workshops.map((w) => w.venue)).toEqual(['Room 5']);
    expect(plan.counts.workshops).toMatchObject({ updated: 1, newerHere: 1, unchanged: 4 });
    expect(plan.writes.literature).toEqual([]);
  });

  it('takes a member’s new name when it was changed after this tablet’s', () => {
    const here = groupMaterial();
    const there = structuredClone(here);
    there.members[2] = { ...there.members[2]!, displayName: 'Ana', updatedAt: NOW };
    expect(planGroupMerge(there, here).writes.members.map((m) => m.displayName)).toEqual(['Ana']);
    here.members[2] = { ...here.members[2]!, displayName: 'Annie', updatedAt: NOW + 1 };
    const plan = planGroupMerge(there, here);
    expect(plan.writes.members).toEqual([]);
    expect(plan.counts.members.newerHere).toBe(1);
  });
});

describe('a series link', () => {
  it('carries one series, its readings and incidents, and reads back to the same rows', async () => {
    const material = groupMaterial({ held: 2 });
    const series = material.series[0]!;
    const data = await seriesLinkData(material, series.id, NOW);
    expect(data).toMatch(/^[0-9A-Z$*+\-.:]+$/);
    const file = await readSeriesLink(data);
    expect(file.group).toEqual(material.group);
    expect(file.members).toEqual(material.members);
    expect(file.series).toEqual([series]);
    expect(file.literature).toEqual(material.literature);
    expect(file.incidents).toEqual(material.incidents);
    expect(file.records).toEqual([]);
    // Agenda items keep all but their ids, which are made from their workshop's.
    file.workshops.forEach((workshop, index) => {
      const original = material.workshops[index]!;
      expect({ ...workshop, agenda: [] }).toEqual({ ...original, agenda: [] });
      expect(workshop.agenda.map(({ id: _id, ...item }) => item)).toEqual(
        original.agenda.map(({ id: _id, ...item }) => item),
      );
    });
  });

  it('keeps agreements that are not the default wording', async () => {
    const material = groupMaterial();
    material.group.groundRules = 'Our own rules';
    const file = await readSeriesLink(await seriesLinkData(material, material.series[0]!.id, NOW));
    expect(file.group.groundRules).toBe('Our own rules');
  });

  it('refuses damaged link data with a link or file error only', async () => {
    const material = groupMaterial();
    const data = await seriesLinkData(material, material.series[0]!.id, NOW);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.nat({ max: data.length - 1 }).map((cut) => data.slice(0, cut)),
          fc
            .tuple(fc.nat({ max: data.length - 1 }), fc.constantFrom(...'0AZ$*+-.:'))
            .map(([at, char]) => data.slice(0, at) + char + data.slice(at + 1)),
        ),
        async (text) => {
          try {
            await readSeriesLink(text);
          } catch (error) {
            expect(error instanceof LinkDataError || error instanceof GroupFileError).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('finding link data in what was pasted or shared', () => {
  it('takes the data after its route, and nothing else', async () => {
    const { linkDataIn } = await import('../../../src/domain/link-encoding');
    expect(linkDataIn('see https://x.org/#/plan/open/AB$*.:9 thanks', 'plan/open')).toBe('AB$*.:9');
    expect(linkDataIn('https://x.org/#/run/passed-on/AB', 'plan/open')).toBeNull();
    expect(linkDataIn('https://x.org/#/plan/open/', 'plan/open')).toBeNull();
  });
});

describe('link data', () => {
  it('ends in its marker, so a link cut short, or missing its last character, is known', async () => {
    const { fromLinkText, toLinkText, LinkDataError } =
      await import('../../../src/domain/link-encoding');
    const bytes = new Uint8Array([0, 1, 254, 255, 7]);
    const text = toLinkText(bytes);
    expect(text.endsWith('Z')).toBe(true);
    expect(fromLinkText(text)).toEqual(bytes);
    expect(() => fromLinkText(text.slice(0, -1))).toThrow(LinkDataError);
  });
});
