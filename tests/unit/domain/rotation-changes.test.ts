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

function series() {
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
      followUpAfterWeeks: FIVE_WORKSHOPS_TEMPLATE.followUpAfterWeeks,
    },
    createFakeClock(),
    createSequentialIds(),
  ).workshops;
}

describe('turning a rotation into changes', () => {
  it('gives every regular workshop a facilitator and a presenter, creating its incident', () => {
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

  it('leaves an incident its presenter has started, or one carried forward, with them', () => {
    const workshops = series();
    const slot = workshops[1]!.agenda.find((i) => i.kind === 'incident')!;
    const started: Incident = {
      id: 'inc-1' as IncidentId,
      groupId,
      workshopId: workshops[1]!.id,
      presenterId: 'm2' as MemberId,
      title: 'The visit that went quiet',
      summary: '',
      modelId: 'fook-gardner',
      stage: 'deconstruction',
      carriedFromId: null,
      createdAt: 0,
      updatedAt: 0,
    };
    slot.incidentId = started.id;
    const changes = rotationChanges(members, workshops, [started], 1);
    expect(changes[1]!.presenters).toEqual([{ slotId: slot.id, presenterId: 'm2' }]);
    // JK presents in workshop 2, so someone else opens the series.
    expect(changes[0]!.presenters[0]!.presenterId).not.toBe('m2');
  });
});
