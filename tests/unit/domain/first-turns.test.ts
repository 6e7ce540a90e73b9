import { describe, expect, it } from 'vitest';
import { incidentSlots } from '../../../src/domain/agenda-edit';
import { proposeFirstTurns, turnsBasis, withTurns } from '../../../src/domain/first-turns';
import { FIVE_WORKSHOPS_TEMPLATE, planSeries } from '../../../src/domain/series-plan';
import type { GroupId, Member, MemberId, MemberRole } from '../../../src/domain/types';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

const groupId = 'g' as GroupId;

function group(roles: MemberRole[]): Member[] {
  return roles.map((role, i) => ({
    id: `m${i + 1}` as MemberId,
    groupId,
    displayName: `M${i + 1}`,
    role,
    createdAt: i,
  }));
}

const series = () =>
  planSeries(
    {
      groupId,
      title: 'First series',
      startDate: '2026-04-14',
      startTime: '09:30',
      cadenceWeeks: 3,
      workshopCount: 5,
      lengthMinutes: 240,
      venue: '',
      followUpAfterWeeks: FIVE_WORKSHOPS_TEMPLATE.followUpAfterWeeks,
    },
    createFakeClock(),
    createSequentialIds(),
  ).workshops;

describe('a new series’ first turns', () => {
  it('start with whoever the group chose, then rotate among everyone in a peer-led group', () => {
    const peers = group(['facilitator', 'co-facilitator', 'co-facilitator', 'co-facilitator']);
    const turns = proposeFirstTurns(peers, series(), 'm3' as MemberId);
    expect(turns).toHaveLength(6);
    // Everyone has a turn before anyone has a second, the first to go first again.
    expect(turns.map((t) => t.facilitatorId)).toEqual(['m3', 'm1', 'm2', 'm4', 'm3', 'm1']);
  });

  it('never give a workshop’s facilitator its incident, and leave the follow-up none', () => {
    const peers = group(['facilitator', 'co-facilitator', 'co-facilitator']);
    const turns = proposeFirstTurns(peers, series(), 'm2' as MemberId);
    for (const turn of turns.slice(0, 5)) {
      expect(turn.presenterIds).toHaveLength(1);
      expect(turn.presenterIds[0]).not.toBeNull();
      expect(turn.presenterIds).not.toContain(turn.facilitatorId);
    }
    expect(turns[5]!.presenterIds).toEqual([]);
  });

  it('keep a facilitator-led group’s facilitator after a participant’s first turn', () => {
    const team = group(['facilitator', 'participant', 'participant', 'participant']);
    const turns = proposeFirstTurns(team, series(), 'm2' as MemberId);
    expect(turns.map((t) => t.facilitatorId)).toEqual(['m2', 'm1', 'm1', 'm1', 'm1', 'm1']);
    expect(turns[0]!.presenterIds[0]).not.toBe('m2');
  });

  it('are proposed whole when nobody was chosen to go first', () => {
    const team = group(['facilitator', 'participant', 'participant']);
    const turns = proposeFirstTurns(team, series(), null);
    expect(turns[0]!.facilitatorId).toBe('m1');
  });

  it('are proposed again when members, roles, workshops or the first facilitator change', () => {
    const team = group(['facilitator', 'participant']);
    const workshops = series();
    const basis = turnsBasis(team, workshops, 'm1' as MemberId);
    expect(turnsBasis(team, workshops, 'm1' as MemberId)).toBe(basis);
    expect(turnsBasis(team, workshops, 'm2' as MemberId)).not.toBe(basis);
    expect(
      turnsBasis(group(['facilitator', 'co-facilitator']), workshops, 'm1' as MemberId),
    ).not.toBe(basis);
    expect(turnsBasis(team, workshops.slice(0, 3), 'm1' as MemberId)).not.toBe(basis);
  });
});

describe('writing turns into the planned workshops', () => {
  it('sets each facilitator and gives each incident slot its presenter’s incident', () => {
    const workshops = series();
    const m = (n: number) => `m${n}` as MemberId;
    const turns = [
      { facilitatorId: m(1), presenterIds: [m(2)] },
      { facilitatorId: m(2), presenterIds: [null] },
    ];
    const seated = withTurns(workshops, turns, 42);

    expect(seated.workshops.map((w) => w.facilitatorId)).toEqual([
      m(1),
      m(2),
      null,
      null,
      null,
      null,
    ]);
    expect(seated.incidents).toHaveLength(2);
    const [first, second] = seated.incidents;
    expect(first).toMatchObject({
      groupId,
      workshopId: workshops[0]!.id,
      presenterId: m(2),
      title: '',
      stage: 'deconstruction',
      createdAt: 42,
    });
    expect(second).toMatchObject({ workshopId: workshops[1]!.id, presenterId: null });
    expect(incidentSlots(seated.workshops[0]!.agenda)[0]!.incidentId).toBe(first!.id);
    expect(incidentSlots(seated.workshops[1]!.agenda)[0]!.incidentId).toBe(second!.id);
    // Workshops without turns are as planned; the plan itself is left untouched.
    expect(seated.workshops[2]).toBe(workshops[2]);
    expect(incidentSlots(workshops[0]!.agenda)[0]!.incidentId).toBeUndefined();
  });
});
