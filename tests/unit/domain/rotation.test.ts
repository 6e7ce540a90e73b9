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
    expect(proposeRotation(members(['facilitator']), [{ presenterSlots: 1 }])).toEqual([
      { facilitatorId: 'm1', presenterIds: ['m1'] },
    ]);
    expect(proposeRotation([], [{ presenterSlots: 1 }])).toEqual([
      { facilitatorId: null, presenterIds: [] },
    ]);
  });
});
