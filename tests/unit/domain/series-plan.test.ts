import { describe, expect, it } from 'vitest';
import { agendaTotalMinutes } from '../../../src/domain/agenda';
import { buildPack } from '../../../src/features/plan/pre-reading-pack';
import { FIVE_WORKSHOPS_TEMPLATE, planSeries } from '../../../src/domain/series-plan';
import { workshopLabels } from '../../../src/ui/workshop-labels';
import { makeGroup } from '../../../src/domain/group';
import type {
  GroupId,
  Incident,
  IncidentId,
  LiteratureId,
  MemberId,
} from '../../../src/domain/types';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

const template = FIVE_WORKSHOPS_TEMPLATE;

function plan() {
  return planSeries(
    {
      groupId: 'g' as GroupId,
      title: 'Spring series',
      startDate: '2026-04-14',
      startTime: '09:30',
      cadenceWeeks: template.cadenceWeeks,
      workshopCount: template.workshopCount,
      lengthMinutes: template.lengthMinutes,
      venue: 'Training room',
      followUpAfterWeeks: template.followUpAfterWeeks,
    },
    createFakeClock(),
    createSequentialIds(),
  );
}

describe('a series from the template', () => {
  it('makes five four-hour workshops over three months and a follow-up months later', () => {
    const { series, workshops } = plan();
    expect(series).toMatchObject({ title: 'Spring series', cadenceWeeks: 3, startTime: '09:30' });
    expect(workshops.map((w) => [w.kind, w.date])).toEqual([
      ['regular', '2026-04-14'],
      ['regular', '2026-05-05'],
      ['regular', '2026-05-26'],
      ['regular', '2026-06-16'],
      ['regular', '2026-07-07'],
      ['follow-up', '2026-10-27'],
    ]);
    const regular = workshops.filter((w) => w.kind === 'regular');
    expect(regular.every((w) => w.lengthMinutes === 240)).toBe(true);
    expect(regular.every((w) => agendaTotalMinutes(w.agenda) === 240)).toBe(true);
    expect(workshops.every((w) => w.startTime === '09:30' && w.venue === 'Training room')).toBe(
      true,
    );
    const followUp = workshops[5]!;
    expect(agendaTotalMinutes(followUp.agenda)).toBe(followUp.lengthMinutes);
    expect(followUp.agenda.map((i) => i.title)).toContain('Planning how to share what we learnt');
    expect([...workshopLabels(workshops).values()]).toEqual([
      'Workshop 1 of 5',
      'Workshop 2 of 5',
      'Workshop 3 of 5',
      'Workshop 4 of 5',
      'Workshop 5 of 5',
      'Follow-up',
    ]);
  });

  it('gives a new group ground rules and a confidentiality agreement with their limits', () => {
    const group = makeGroup('  North team ', createFakeClock());
    expect(group.name).toBe('North team');
    expect(group.groundRules).toMatch(/questions, not advice/);
    expect(group.confidentiality).toMatch(/share the learning, not the story/i);
    expect(group.confidentiality).toMatch(/safeguarding comes first/);
  });
});

describe('the pre-reading pack', () => {
  it('has the date, times, venue, agenda with clock times, reading and incidents', () => {
    const { workshops } = plan();
    const workshop = workshops[2]!;
    const slot = workshop.agenda.find((i) => i.kind === 'incident')!;
    const incident: Incident = {
      id: 'inc-1' as IncidentId,
      groupId: 'g' as GroupId,
      workshopId: workshop.id,
      presenterId: 'm1' as MemberId,
      title: 'The home visit that went quiet',
      summary: '',
      modelId: 'fook-gardner',
      stage: 'reconstruction',
      carriedFromId: 'inc-0' as IncidentId,
      createdAt: 0,
      updatedAt: 0,
    };
    slot.incidentId = incident.id;
    workshop.literatureIds = ['lit-1' as LiteratureId];
    workshop.facilitatorId = 'm2' as MemberId;
    const pack = buildPack({
      workshop,
      label: 'Workshop 3 of 5',
      seriesTitle: 'Spring series',
      groupName: 'North team',
      members: [
        {
          id: 'm1' as MemberId,
          groupId: 'g' as GroupId,
          displayName: 'JK',
          role: 'participant',
          createdAt: 0,
        },
        {
          id: 'm2' as MemberId,
          groupId: 'g' as GroupId,
          displayName: 'Sam',
          role: 'facilitator',
          createdAt: 0,
        },
      ],
      literature: [
        {
          id: 'lit-1' as LiteratureId,
          groupId: 'g' as GroupId,
          authors: 'Ferguson, H.',
          year: '2011',
          title: 'Child protection practice',
          source: 'Palgrave',
          link: '',
          summary: 'Movement and intimacy in home visits.',
          questions: ['What does the body know on a home visit?'],
          createdAt: 0,
          updatedAt: 0,
        },
      ],
      incidents: [incident],
      carriedFromDates: new Map([['inc-1', '2026-05-05']]),
    });
    expect(pack).toMatchObject({
      title: 'Workshop 3 of 5',
      subtitle: 'North team · Spring series',
      date: 'Tuesday, 26 May 2026',
      time: '09:30–13:30',
      venue: 'Training room',
      facilitator: 'Sam',
      agendaNote: '',
    });
    expect(pack.agenda.map((a) => `${a.time} ${a.title}`)).toEqual([
      '09:30–10:00 Catch-up',
      '10:00–11:00 Literature discussion',
      '11:00–11:15 Break',
      '11:15–12:45 Critical incident',
      '12:45–13:30 Individual reflection and review',
    ]);
    expect(pack.agenda[3]!.detail).toBe('The home visit that went quiet');
    expect(pack.reading.map((r) => r.title)).toEqual(['Child protection practice']);
    expect(pack.incidents).toEqual([
      {
        title: 'The home visit that went quiet',
        presenter: 'JK',
        model: 'Fook & Gardner: critical reflection',
        note: 'Carried forward from Tuesday, 5 May 2026: reconstruction',
      },
    ]);
  });
});
