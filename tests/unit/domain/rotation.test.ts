import { describe, expect, it } from 'vitest';
import { proposeRotation } from '../../../src/domain/rotation';
import type { MemberId, MemberRole } from '../../../src/domain/types';

function members(roles: MemberRole[]) {
  return roles.map((role, i) => ({ id: `m${i + 1}` as MemberId, role }));
}

function counts(ids: (MemberId | null)[]) {
  const tally = new Map<string, number>();
  for (const id of ids) if (id) tally.set(id, (tally.get(id) ?? 0) + 1);
  return tally;
}

const fiveWorkshops = (slots: number) =>
  Array.from({ length: 5 }, () => ({ presenterSlots: slots }));

describe('rotation', () => {
  it('shares facilitation between two facilitators, never twice in a row', () => {
    const group = members(['facilitator', 'co-facilitator', ...Array(12).fill('participant')]);
    const plan = proposeRotation(group, fiveWorkshops(2));
    expect(plan.map((p) => p.facilitatorId)).toEqual(['m1', 'm2', 'm1', 'm2', 'm1']);
  });

  it('gives ten different participants a turn to present across five workshops', () => {
    const group = members(['facilitator', 'co-facilitator', ...Array(12).fill('participant')]);
    const plan = proposeRotation(group, fiveWorkshops(2));
    const presenters = plan.flatMap((p) => p.presenterIds);
    expect(presenters).toHaveLength(10);
    expect(new Set(presenters).size).toBe(10);
    expect(presenters.every((id) => !['m1', 'm2'].includes(id))).toBe(true);
  });

  it('in a small peer-led group, takes fair turns and avoids back-to-back repeats', () => {
    const group = members(Array(4).fill('participant'));
    const workshops = Array.from({ length: 8 }, () => ({ presenterSlots: 1 }));
    const plan = proposeRotation(group, workshops);
    const facilitators = plan.map((p) => p.facilitatorId);
    const presenters = plan.map((p) => p.presenterIds[0]!);
    for (const tally of [counts(facilitators), counts(presenters)]) {
      expect([...tally.values()].every((n) => n === 2)).toBe(true);
    }
    for (let i = 1; i < plan.length; i += 1) {
      expect(facilitators[i]).not.toBe(facilitators[i - 1]);
      expect(presenters[i]).not.toBe(presenters[i - 1]);
    }
    // Nobody presents in the workshop they facilitate.
    expect(plan.every((p) => !p.presenterIds.includes(p.facilitatorId!))).toBe(true);
  });

  it('keeps a carried-forward presenter and counts their turn', () => {
    const group = members(['facilitator', 'participant', 'participant', 'participant']);
    const plan = proposeRotation(group, [
      { presenterSlots: 1 },
      { presenterSlots: 2, fixedPresenterIds: ['m2' as MemberId] },
      { presenterSlots: 1 },
    ]);
    // m2's settled turn in workshop 2 keeps them out of workshops 1 and 3.
    expect(plan[0]!.presenterIds).toEqual(['m3']);
    expect(plan[1]!.presenterIds).toEqual(['m2', 'm4']);
    expect(plan[2]!.presenterIds).toEqual(['m3']);
  });

  it('copes with a group of one, and with no members', () => {
    // The one member facilitates; nobody else can present, so the slot waits for the group.
    expect(proposeRotation(members(['facilitator']), [{ presenterSlots: 1 }])).toEqual([
      { facilitatorId: 'm1', presenterIds: [] },
    ]);
    expect(proposeRotation([], [{ presenterSlots: 1 }])).toEqual([
      { facilitatorId: null, presenterIds: [] },
    ]);
  });
});

describe('a facilitator never presents in their own workshop', () => {
  const neverBoth = (plan: { facilitatorId: MemberId | null; presenterIds: MemberId[] }[]) =>
    plan.every((p) => !p.facilitatorId || !p.presenterIds.includes(p.facilitatorId));

  it('in a group of two, each takes one role, and a second slot is left open', () => {
    const pair = members(['facilitator', 'participant']);
    const one = proposeRotation(pair, fiveWorkshops(1));
    expect(one.map((p) => [p.facilitatorId, ...p.presenterIds])).toEqual(
      Array(5).fill(['m1', 'm2']),
    );
    const two = proposeRotation(pair, fiveWorkshops(2));
    expect(two.every((p) => p.facilitatorId === 'm1' && p.presenterIds.join() === 'm2')).toBe(true);
    const peers = proposeRotation(members(['participant', 'participant']), fiveWorkshops(1));
    expect(peers.map((p) => p.facilitatorId)).toEqual(['m1', 'm2', 'm1', 'm2', 'm1']);
    expect(neverBoth(peers)).toBe(true);
  });

  it('in a group of three, two present while the facilitator facilitates', () => {
    const plan = proposeRotation(
      members(['facilitator', 'participant', 'participant']),
      fiveWorkshops(2),
    );
    expect(plan.map((p) => p.facilitatorId)).toEqual(Array(5).fill('m1'));
    expect(plan.every((p) => [...p.presenterIds].sort().join() === 'm2,m3')).toBe(true);
  });

  it('hands facilitating to the co-facilitator when the facilitator is settled to present', () => {
    const group = members(['facilitator', 'co-facilitator', ...Array(6).fill('participant')]);
    const plan = proposeRotation(group, [
      { presenterSlots: 1 },
      { presenterSlots: 1 },
      { presenterSlots: 1, fixedPresenterIds: ['m1' as MemberId] },
    ]);
    expect(plan.map((p) => p.facilitatorId)).toEqual(['m1', 'm2', 'm2']);
    expect(plan[2]!.presenterIds).toEqual(['m1']);
    expect(neverBoth(plan)).toBe(true);
  });

  it('asks another member to facilitate when the only facilitator is settled to present', () => {
    const group = members(['facilitator', 'participant', 'participant', 'participant']);
    const plan = proposeRotation(group, [
      { presenterSlots: 1 },
      { presenterSlots: 2, fixedPresenterIds: ['m1' as MemberId] },
    ]);
    expect(plan[0]!.facilitatorId).toBe('m1');
    expect(plan[1]!.facilitatorId).not.toBe('m1');
    expect(plan[1]!.presenterIds).toHaveLength(2);
    expect(neverBoth(plan)).toBe(true);
  });

  it('fills slots from anyone not facilitating when participants run short', () => {
    const group = members(['facilitator', 'co-facilitator', 'participant']);
    const plan = proposeRotation(group, fiveWorkshops(2));
    expect(plan.every((p) => p.presenterIds.length === 2)).toBe(true);
    expect(neverBoth(plan)).toBe(true);
  });

  it('holds in any group, of any size and mix of roles, with settled presenters', () => {
    const roles: MemberRole[] = ['facilitator', 'co-facilitator', 'participant'];
    for (let size = 1; size <= 14; size += 1) {
      for (let leads = 0; leads <= Math.min(size, 2); leads += 1) {
        const group = members(
          Array.from({ length: size }, (_, i) => (i < leads ? roles[i]! : 'participant')),
        );
        for (const slots of [0, 1, 2]) {
          const workshops = fiveWorkshops(slots).map((w, i) => ({
            ...w,
            fixedPresenterIds: slots > 0 && i === 2 ? [group[i % size]!.id] : [],
          }));
          const plan = proposeRotation(group, workshops);
          expect(neverBoth(plan)).toBe(true);
          expect(plan.every((p) => size < 2 || p.facilitatorId !== null)).toBe(true);
          expect(plan.every((p) => new Set(p.presenterIds).size === p.presenterIds.length)).toBe(
            true,
          );
          // Every slot is filled while anyone other than the facilitator is free.
          const free = (p: (typeof plan)[number]) => size - (p.facilitatorId ? 1 : 0);
          expect(plan.every((p) => p.presenterIds.length === Math.min(slots, free(p)))).toBe(true);
        }
      }
    }
  });
});

describe('settled workshops', () => {
  it('keeps the facilitator of a past workshop, and counts their turn', () => {
    const group = members(['facilitator', 'co-facilitator', ...Array(4).fill('participant')]);
    const plan = proposeRotation(group, [
      { presenterSlots: 1, fixedFacilitatorId: 'm2' as MemberId, fixedPresenterIds: [] },
      { presenterSlots: 1 },
      { presenterSlots: 1 },
    ]);
    expect(plan.map((p) => p.facilitatorId)).toEqual(['m2', 'm1', 'm2']);
    // A past workshop nobody facilitated stays that way.
    expect(
      proposeRotation(group, [{ presenterSlots: 0, fixedFacilitatorId: null }])[0]!.facilitatorId,
    ).toBeNull();
  });
});
