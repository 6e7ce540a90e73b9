import { describe, expect, it } from 'vitest';
import { rotationChanges } from '../../../src/domain/rotation-changes';
import { FIVE_WORKSHOPS_TEMPLATE, planSeries } from '../../../src/domain/series-plan';
import type { GroupId, Incident, IncidentId, Member, MemberId } from '../../../src/domain/types';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

const groupId = 'g' as GroupId;
const members: Member[] = ['Sam', 'JK', 'AB', 'RT'].map((displayName, i) => ({
  id: `m${i + 1}` as MemberId,
  groupId,
  displayName,
  role: i === 0 ? 'facilitator' : 'participant',
  createdAt: i,
}));

const withCoFacilitator: Member[] = members.map((m, i) => ({
  ...m,
  role: i === 0 ? 'facilitator' : i === 1 ? 'co-facilitator' : 'participant',
}));

function incident(id: string, workshopId: Incident['workshopId'], presenterId: string): Incident {
  return {
    id: id as IncidentId,
    groupId,
    workshopId,
    presenterId: presenterId as MemberId,
    title: 'The visit that went quiet',
    summary: '',
    modelId: 'fook-gardner',
    stage: 'deconstruction',
    carriedFromId: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

function series(followUpAfterWeeks: number | null = null) {
  return planSeries(
    {
      groupId,
      title: 'Spring',
      startDate: '2026-04-14',
      startTime: '09:30',
      cadenceWeeks: 3,
      workshopCount: 3,
      lengthMinutes: 240,
      venue: '',
      followUpAfterWeeks,
    },
    createFakeClock(),
    createSequentialIds(),
  ).workshops;
}

describe('turning a rotation into changes', () => {
  it('gives every workshop a facilitator and a presenter, creating its incident', () => {
    const workshops = series();
    const changes = rotationChanges(members, workshops, [], 1);
    expect(changes).toHaveLength(3);
    expect(changes.map((c) => c.facilitatorId)).toEqual(['m1', 'm1', 'm1']);
    expect(changes.map((c) => c.presenters.map((p) => p.presenterId))).toEqual([
      ['m2'],
      ['m3'],
      ['m4'],
    ]);
    expect(changes.every((c) => c.presenters[0]!.newIncident?.title === '')).toBe(true);
  });

  it('gives the follow-up a facilitator too', () => {
    const workshops = series(FIVE_WORKSHOPS_TEMPLATE.followUpAfterWeeks);
    const followUp = workshops.at(-1)!;
    expect(followUp.kind).toBe('follow-up');
    const changes = rotationChanges(withCoFacilitator, workshops, [], 1);
    expect(changes).toHaveLength(4);
    expect(changes.map((c) => c.facilitatorId)).toEqual(['m1', 'm2', 'm1', 'm2']);
    expect(changes[3]).toEqual({ workshopId: followUp.id, facilitatorId: 'm2', presenters: [] });
  });

  it('leaves workshops already held or missed as they are, counting their turns', () => {
    const workshops = series(FIVE_WORKSHOPS_TEMPLATE.followUpAfterWeeks);
    workshops[0]!.facilitatorId = 'm1' as MemberId;
    const slot = workshops[0]!.agenda.find((i) => i.kind === 'incident')!;
    const held: Incident = { ...incident('inc-held', workshops[0]!.id, 'm3'), title: '' };
    slot.incidentId = held.id;
    const changes = rotationChanges(
      withCoFacilitator,
      workshops,
      [held],
      1,
      new Set([workshops[0]!.id]),
    );
    expect(changes.map((c) => c.workshopId)).toEqual(workshops.slice(1).map((w) => w.id));
    // The co-facilitator follows the one who facilitated last time; RT presented already.
    expect(changes[0]!.facilitatorId).toBe('m2');
    expect(changes[0]!.presenters[0]!.presenterId).not.toBe('m3');
  });

  it('leaves an incident its presenter has started, or one carried forward, with them', () => {
    const workshops = series();
    const slot = workshops[1]!.agenda.find((i) => i.kind === 'incident')!;
    const started = incident('inc-1', workshops[1]!.id, 'm2');
    slot.incidentId = started.id;
    const changes = rotationChanges(members, workshops, [started], 1);
    expect(changes[1]!.presenters).toEqual([{ slotId: slot.id, presenterId: 'm2' }]);
    // JK presents in workshop 2, so someone else opens the series.
    expect(changes[0]!.presenters[0]!.presenterId).not.toBe('m2');
  });
});
