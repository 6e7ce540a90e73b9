// When to remind a facilitator to keep a copy of the group's file: after each workshop, like
// the journal's backup reminder, until a copy is saved or they say "not now" (which lasts
// until the next workshop is held).

export interface CopyTimes {
  keptAt: number | null;
  lastHeldAt: number | null;
  notNowAt: number | null;
}

export function isCopyDue({ keptAt, lastHeldAt, notNowAt }: CopyTimes): boolean {
  if (lastHeldAt === null) return false;
  return lastHeldAt > Math.max(keptAt ?? 0, notNowAt ?? 0);
}
