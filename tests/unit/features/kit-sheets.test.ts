import { describe, expect, it } from 'vitest';
import {
  KIT_PARTS,
  kitSheets,
  PER_SHEET,
  type KitChoices,
  type KitPart,
} from '../../../src/features/plan/kit-sheets';
import type { KitInput } from '../../../src/features/plan/paper-kit';
import { FIVE_WORKSHOPS_TEMPLATE, planSeries } from '../../../src/domain/series-plan';
import type {
  AgendaItem,
  GroupId,
  Incident,
  IncidentId,
  Member,
  MemberId,
} from '../../../src/domain/types';
import { workshopLabels } from '../../../src/ui/workshop-labels';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

const GROUP = 'g' as GroupId;

function input(memberCount: number, incidents: Incident[] = []): KitInput {
  const { workshops } = planSeries(
    {
      groupId: GROUP,
      title: 'Spring series',
      startDate: '2027-01-12',
      startTime: '09:30',
      cadenceWeeks: 3,
      workshopCount: 5,
      lengthMinutes: 240,
      venue: 'Room 2',
      followUpAfterWeeks: FIVE_WORKSHOPS_TEMPLATE.followUpAfterWeeks,
    },
    createFakeClock(),
    createSequentialIds(),
  );
  const members: Member[] = Array.from({ length: memberCount }, (_, i) => ({
    id: `m${i}` as MemberId,
    groupId: GROUP,
    displayName: `M${i}`,
    role: 'participant',
    createdAt: i,
  }));
  return {
    groupName: 'North team',
    seriesTitle: 'Spring series',
    members,
    workshops,
    labels: workshopLabels(workshops),
    literature: [],
    incidents,
  };
}

function only(...parts: KitPart[]): KitChoices {
  return { parts: new Set(parts), workshopId: null, isEveryModel: false, slipCount: 0 };
}

describe('the paper kit’s sheets', () => {
  it('puts the parts in their order, each chosen part only', () => {
    const sheets = kitSheets(input(3), { ...only(...KIT_PARTS), slipCount: 4 });
    const kinds = [...new Set(sheets.map((sheet) => sheet.kind))];
    expect(kinds).toEqual([
      'agreement',
      'signatures',
      'run',
      'run-rules',
      'cue-cards',
      'slips',
      'preparation',
      'account',
      'timetable',
    ]);
    expect(kitSheets(input(3), only('timetable')).map((sheet) => sheet.kind)).toEqual([
      'timetable',
    ]);
  });

  it('goes on to another sheet to sign when the group outgrows one, with blank lines to spare', () => {
    const signing = kitSheets(input(20), only('agreement')).filter((s) => s.kind === 'signatures');
    expect(signing.map((s) => s.kind === 'signatures' && s.names.length)).toEqual([
      PER_SHEET.signatures,
      20 + 3 - PER_SHEET.signatures,
    ]);
    expect(signing.at(-1)).toMatchObject({
      names: ['M15', 'M16', 'M17', 'M18', 'M19', '', '', ''],
    });
  });

  it('gives incidents that do not fit a run sheet’s first page a page of their own', () => {
    const base = input(3);
    const workshop = base.workshops[0]!;
    const slots: AgendaItem[] = [0, 1, 2].map((i) => ({
      id: `slot-${i}`,
      kind: 'incident',
      title: 'Critical incident',
      minutes: 60,
    }));
    const incidents = [0, 1, 2].map((i): Incident => ({
      id: `i${i}` as IncidentId,
      groupId: GROUP,
      workshopId: workshop.id,
      presenterId: null,
      title: `Incident ${i}`,
      summary: '',
      modelId: 'gibbs',
      stage: 'deconstruction',
      carriedFromId: null,
      createdAt: i,
      updatedAt: i,
    }));
    const kit = {
      ...base,
      workshops: [{ ...workshop, agenda: slots }],
      incidents,
    };
    const sheets = kitSheets(kit, only('run-sheets'));
    expect(
      sheets.map((s) => (s.kind === 'run' ? s.incidents.map((i) => i.title) : s.kind)),
    ).toEqual([['Incident 0', 'Incident 1'], ['Incident 2'], 'run-rules']);
    expect(sheets[1]).toMatchObject({ isContinued: true });
  });

  it('prints as many slips as asked, two to a sheet, and eight cue cards to a sheet', () => {
    const slips = kitSheets(input(3), { ...only('slips'), slipCount: 5 });
    expect(slips.map((s) => s.kind === 'slips' && s.count)).toEqual([2, 2, 1]);
    const cards = kitSheets(input(3), only('cue-cards'));
    // No incidents yet: the default model's cards.
    expect(cards.every((s) => s.kind === 'cue-cards' && s.cards.length <= PER_SHEET.cueCards)).toBe(
      true,
    );
    expect(
      cards.flatMap((s) => (s.kind === 'cue-cards' ? s.cards.map((c) => c.model) : [])),
    ).toSatisfy((models: string[]) => new Set(models).size === 1);
  });
});
