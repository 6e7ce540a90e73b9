// Who facilitates each workshop and who presents incidents: turns shared fairly, nobody
// twice in a row where the group is big enough. A proposal only; the facilitator overrides.
import type { Member, MemberId } from './types';

export interface RotationSlot {
  /** Incident slots in this workshop's agenda. */
  presenterSlots: number;
  /** Presenters already settled (an incident carried forward keeps its presenter). */
  fixedPresenterIds?: readonly MemberId[];
  /**
   * The facilitator of a workshop whose turns are settled (held, or its date passed): kept
   * as it is, even if none, and counted. Absent for a workshop still to come.
   */
  fixedFacilitatorId?: MemberId | null;
}

export interface RotationProposal {
  facilitatorId: MemberId | null;
  presenterIds: MemberId[];
}

interface Tally {
  count: number;
  /** Index of the workshop they last did it in; -1 for never. */
  last: number;
}

/**
 * Facilitation rotates among facilitators and co-facilitators (everyone, if the group has
 * none: a peer-led group). Incidents are presented by participants, or by anyone not
 * facilitating that day if there are too few participants. A workshop's facilitator never
 * presents in it: someone settled to present hands facilitating to another (the
 * co-facilitator, or else a member); a slot nobody else can take is left for the group
 * to decide.
 */
export function proposeRotation(
  members: readonly Pick<Member, 'id' | 'role'>[],
  workshops: readonly RotationSlot[],
): RotationProposal[] {
  const everyone = members.map((m) => m.id);
  const leads = members.filter((m) => m.role !== 'participant').map((m) => m.id);
  const facilitatorPool = leads.length > 0 ? leads : everyone;
  const participants = members.filter((m) => m.role === 'participant').map((m) => m.id);
  const mostSlots = Math.max(0, ...workshops.map((w) => w.presenterSlots));
  const presenterPool = participants.length > mostSlots ? participants : everyone;

  const facilitating = tallies(members);
  const presenting = tallies(members);
  const fixedAt = workshops.map((w) => [...(w.fixedPresenterIds ?? [])]);
  // Settled turns count from the start, so nobody is also given the workshop before theirs.
  fixedAt.forEach((ids, index) => ids.forEach((id) => record(presenting, id, index)));
  return workshops.map((workshop, index) => {
    const fixed = fixedAt[index]!;
    const next = workshops[index + 1]?.fixedFacilitatorId;
    let facilitatorId = workshop.fixedFacilitatorId;
    if (facilitatorId !== undefined) {
      if (facilitatorId) record(facilitating, facilitatorId, index);
    } else {
      const choose = (pool: readonly MemberId[]) =>
        pick(pool, 1, facilitating, index, fixed, next ? [next] : []);
      [facilitatorId = null] = choose(facilitatorPool);
      if (!facilitatorId) [facilitatorId = null] = choose(everyone);
    }
    const needed = Math.max(0, workshop.presenterSlots - fixed.length);
    const busy = facilitatorId ? [facilitatorId, ...fixed] : fixed;
    const chosen = pick(presenterPool, needed, presenting, index, busy, fixedAt[index + 1]);
    // Too few participants free: anyone else who is not facilitating.
    chosen.push(...pick(everyone, needed - chosen.length, presenting, index, [...busy, ...chosen]));
    return { facilitatorId, presenterIds: [...fixed, ...chosen] };
  });
}

function tallies(members: readonly Pick<Member, 'id'>[]): Map<MemberId, Tally> {
  return new Map(members.map((m) => [m.id, { count: 0, last: -1 }]));
}

function record(tally: Map<MemberId, Tally>, id: MemberId, index: number) {
  const entry = tally.get(id);
  if (entry) tally.set(id, { count: entry.count + 1, last: index });
}

/**
 * Up to `n` fairest choices from the pool, never one excluded: not next to a turn of theirs
 * (before or, if settled, after), then fewest turns, longest since the last one, and list
 * order.
 */
function pick(
  pool: readonly MemberId[],
  n: number,
  tally: Map<MemberId, Tally>,
  index: number,
  exclude: readonly MemberId[],
  settledNext: readonly MemberId[] = [],
): MemberId[] {
  if (n <= 0) return [];
  const isAdjacent = (entry: { id: MemberId; last: number }) =>
    Number(entry.last === index - 1 || settledNext.includes(entry.id));
  const ranked = pool
    .filter((id) => !exclude.includes(id) && tally.has(id))
    .map((id, order) => ({ id, order, ...tally.get(id)! }))
    .sort(
      (a, b) =>
        isAdjacent(a) - isAdjacent(b) || a.count - b.count || a.last - b.last || a.order - b.order,
    );
  const chosen = ranked.slice(0, n).map((entry) => entry.id);
  for (const id of chosen) record(tally, id, index);
  return chosen;
}
