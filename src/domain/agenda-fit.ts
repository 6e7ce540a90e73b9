// Fitting an agenda into its workshop's length. A cut is shared among the phases in
// proportion to what each can spare above a sensible floor, so no single phase bears it all;
// individual reflection and breaks keep their time; an incident is never cut below one
// planned after it. Spare minutes are shared in proportion to each phase's length.
import { agendaTotalMinutes, isProtectedFromCuts } from './agenda';
import { addItem } from './agenda-edit';
import type { IdGenerator } from './ids';
import type { AgendaItem, AgendaItemKind, IncidentId } from './types';

/** Fitted lengths are whole multiples of this, where the agenda's own minutes allow. */
const STEP_MINUTES = 5;

/**
 * The shortest a fit makes each kind of item: below these a phase is not worth holding
 * (a round of the room, a reading talked through, an incident heard and questioned).
 */
const FLOOR_MINUTES: Record<AgendaItemKind, number> = {
  'catch-up': 15,
  literature: 20,
  incident: 30,
  reflection: 15,
  break: 0,
  custom: 10,
};

export type FitResult =
  | { fits: true; items: AgendaItem[] }
  /**
   * Minutes the agenda would still be over the length with every phase at its floor
   * (negative: under it, for an agenda with nothing that can take more time).
   */
  | { fits: false; overMinutes: number };

/** One item's part in a fit: where proportion puts it, and how far it may go either way. */
interface Share {
  index: number;
  target: number;
  lowest: number;
  highest: number;
}

/** The agenda with its items' minutes changed to add up to `lengthMinutes` exactly. */
export function fitToLength(items: readonly AgendaItem[], lengthMinutes: number): FitResult {
  const difference = lengthMinutes - agendaTotalMinutes(items);
  if (difference === 0) return { fits: true, items: [...items] };
  const shares = difference > 0 ? growthShares(items, difference) : cutShares(items, -difference);
  if (!Array.isArray(shares)) return { fits: false, overMinutes: shares.overMinutes };
  const lengths = roundToSteps(shares);
  if (difference < 0) keepEarlierIncidentsLonger(items, shares, lengths);
  const minutes = new Map(shares.map((share, i) => [share.index, lengths[i]!]));
  return {
    fits: true,
    items: items.map((item, index) => {
      const fitted = minutes.get(index);
      return fitted === undefined || fitted === item.minutes ? item : { ...item, minutes: fitted };
    }),
  };
}

function floorOf(item: AgendaItem): number {
  return FLOOR_MINUTES[item.kind];
}

function cutShares(items: readonly AgendaItem[], cut: number): Share[] | { overMinutes: number } {
  const givers = items
    .map((item, index) => ({ item, index, spare: item.minutes - floorOf(item) }))
    .filter(
      ({ item, spare }) => item.kind !== 'break' && !isProtectedFromCuts(item.kind) && spare > 0,
    );
  const spareTotal = givers.reduce((sum, giver) => sum + giver.spare, 0);
  if (spareTotal < cut) return { overMinutes: cut - spareTotal };
  return givers.map(({ item, index, spare }) => ({
    index,
    target: item.minutes - (cut * spare) / spareTotal,
    lowest: floorOf(item),
    highest: item.minutes,
  }));
}

function growthShares(
  items: readonly AgendaItem[],
  extra: number,
): Share[] | { overMinutes: number } {
  const takers = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.kind !== 'break');
  if (takers.length === 0) return { overMinutes: -extra };
  const total = takers.reduce((sum, { item }) => sum + item.minutes, 0);
  return takers.map(({ item, index }) => ({
    index,
    // An agenda of zero-minute items shares evenly.
    target: item.minutes + extra * (total === 0 ? 1 / takers.length : item.minutes / total),
    lowest: item.minutes,
    highest: Number.POSITIVE_INFINITY,
  }));
}

/**
 * Whole minutes near each target, in steps of five where the bounds allow, adding up to the
 * targets' total exactly: the next step goes to whoever proportion owes most (largest
 * remainder), and a remainder of less than a step to whoever it suits best.
 */
function roundToSteps(shares: readonly Share[]): number[] {
  const total = Math.round(shares.reduce((sum, share) => sum + share.target, 0));
  const lengths = shares.map((share) =>
    clamp(Math.floor(share.target / STEP_MINUTES) * STEP_MINUTES, share.lowest, share.highest),
  );
  let left = total - lengths.reduce((sum, length) => sum + length, 0);
  while (left !== 0) {
    const direction = Math.sign(left);
    const amount =
      Math.abs(left) >= STEP_MINUTES && canMove(shares, lengths, direction * STEP_MINUTES)
        ? STEP_MINUTES
        : 1;
    const at = mostOwed(shares, lengths, direction * amount);
    // Unreachable while the shares' bounds hold their total; stop rather than loop.
    if (at === -1) break;
    lengths[at]! += direction * amount;
    left -= direction * amount;
  }
  return lengths;
}

function canMove(shares: readonly Share[], lengths: readonly number[], by: number): boolean {
  return mostOwed(shares, lengths, by) !== -1;
}

/** The share furthest from its target in the direction of `by`, with room to move by it. */
function mostOwed(shares: readonly Share[], lengths: readonly number[], by: number): number {
  let best = -1;
  let bestOwed = Number.NEGATIVE_INFINITY;
  shares.forEach((share, i) => {
    const next = lengths[i]! + by;
    if (next < share.lowest || next > share.highest) return;
    const owed = Math.sign(by) * (share.target - lengths[i]!);
    if (owed > bestOwed) {
      best = i;
      bestOwed = owed;
    }
  });
  return best;
}

/**
 * The first incident keeps at least what a later one has: where a cut left an earlier
 * incident shorter than a later one, the later one gives it minutes back, up to the earlier
 * one's own length or until they are level.
 */
function keepEarlierIncidentsLonger(
  items: readonly AgendaItem[],
  shares: readonly Share[],
  lengths: number[],
) {
  const incidents = shares
    .map((share, i) => ({ share, i }))
    .filter(({ share }) => items[share.index]!.kind === 'incident');
  for (const [position, earlier] of incidents.entries()) {
    for (const later of incidents.slice(position + 1)) {
      const gap = lengths[later.i]! - lengths[earlier.i]!;
      const wasCut = lengths[earlier.i]! < earlier.share.highest;
      if (gap <= 0 || !wasCut) continue;
      const moved = Math.min(
        Math.ceil(gap / 2 / STEP_MINUTES) * STEP_MINUTES,
        earlier.share.highest - lengths[earlier.i]!,
        lengths[later.i]! - later.share.lowest,
      );
      lengths[earlier.i]! += moved;
      lengths[later.i]! -= moved;
    }
  }
}

function clamp(value: number, lowest: number, highest: number): number {
  return Math.max(lowest, Math.min(highest, value));
}

/**
 * Puts an incident in a workshop's agenda: in a free incident slot if there is one, else in
 * a new slot straight after the catch-up (a carried incident's reconstruction picks up where
 * the group left it, not after individual reflection), with the agenda fitted back into the
 * workshop's length where it can be. `isTaken` says which slots already hold an incident.
 */
export function placeIncident(
  items: readonly AgendaItem[],
  incidentId: IncidentId,
  lengthMinutes: number,
  isTaken: (slot: AgendaItem) => boolean,
  generateId?: IdGenerator,
): AgendaItem[] {
  const free = items.find((item) => item.kind === 'incident' && !isTaken(item));
  if (free) return items.map((item) => (item === free ? { ...item, incidentId } : item));
  const catchUp = items.find((item) => item.kind === 'catch-up');
  const added = addItem(items, 'incident', { afterId: catchUp?.id ?? items[0]?.id, generateId });
  const slot = added.find((item) => !items.includes(item))!;
  const placed = added.map((item) => (item === slot ? { ...item, incidentId } : item));
  const fitted = fitToLength(placed, lengthMinutes);
  return fitted.fits ? fitted.items : placed;
}
