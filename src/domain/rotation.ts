// Who facilitates each workshop and who presents incidents: turns shared fairly, nobody
// twice in a row where the group is big enough. A proposal only; the facilitator overrides.
import type { Member, MemberId } from './types';

export interface RotationSlot {
  /** Incident slots in this workshop's agenda. */
  presenterSlots: number;
  /** Presenters already settled (an incident carried forward keeps its presenter). */
  fixedPresenterIds?: readonly MemberId[];
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
 * facilitating that day if there are too few participants.
 */
export function proposeRotation(
  members: readonly Pick<Member, 'id' | 'role'>[],
  workshops: readonly RotationSlot[],
): RotationProposal[] {
  const leads = members.filter((m) => m.role !== 'participant').map((m) => m.id);
  const facilitatorPool = leads.length > 0 ? leads : members.map((m) => m.id);
  const participants = members.filter((m) => m.role === 'participant').map((m) => m.id);
  const mostSlots = Math.max(0, ...workshops.map((w) => w.presenterSlots));
  const presenterPool = participants.length > mostSlots ? participants : members.map((m) => m.id);

  const facilitating = tallies(members);
  const presenting = tallies(members);
  const fixedAt = workshops.map((w) => [...(w.fixedPresenterIds ?? [])]);
  // Settled turns count from the start, so nobody is also given the workshop before theirs.
  fixedAt.forEach((ids, index) => ids.forEach((id) => record(presenting, id, index)));
  return workshops.map((workshop, index) => {
    const [facilitatorId = null] = pick(facilitatorPool, 1, facilitating, index, []);
    const fixed = fixedAt[index]!;
    const needed = Math.max(0, workshop.presenterSlots - fixed.length);
    const busy = facilitatorId ? [facilitatorId, ...fixed] : fixed;
    const chosen = pick(presenterPool, needed, presenting, index, busy, fixedAt[index + 1]);
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
 * The `n` fairest choices: not next to a turn of theirs (before or, if settled, after), then
 * fewest turns, longest since the last one, and list order.
 */
function pick(
  pool: readonly MemberId[],
  n: number,
  tally: Map<MemberId, Tally>,
  index: number,
  exclude: readonly MemberId[],
  settledNext: readonly MemberId[] = [],
): MemberId[] {
  const open = pool.filter((id) => !exclude.includes(id));
  const candidates = open.length >= n ? open : [...pool];
  const isAdjacent = (entry: { id: MemberId; last: number }) =>
    Number(entry.last === index - 1 || settledNext.includes(entry.id));
  const ranked = candidates
    .map((id, order) => ({ id, order, ...tally.get(id)! }))
    .sort(
      (a, b) =>
        isAdjacent(a) - isAdjacent(b) || a.count - b.count || a.last - b.last || a.order - b.order,
    );
  const chosen = ranked.slice(0, n).map((entry) => entry.id);
  for (const id of chosen) record(tally, id, index);
  return chosen;
}
