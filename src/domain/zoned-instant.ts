// Instants from wall-clock times in a zone, and back: what turns a workshop's date and start
// time into the moment it begins (its run, its calendar event). Apart from time-zone.ts so
// the first screen, which needs only "today", does not load it.
import { pad, wallClockAt } from './time-zone';
import type { EpochMs, IsoDate, LocalTime } from './types';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Minutes the zone's wall clock is ahead of UTC at an instant (negative west of Greenwich). */
export function zoneOffsetMinutes(utc: EpochMs, timeZone: string): number {
  const wall = wallClockAt(utc, timeZone);
  const asIfUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  const whole = utc - (utc % 1000);
  return Math.round((asIfUtc - whole) / MINUTE_MS);
}

/** The wall-clock time (`HH:mm`) in the zone at an instant. */
export function zonedTimeAt(utc: EpochMs, timeZone: string): LocalTime {
  const wall = wallClockAt(utc, timeZone);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * The instant of a wall-clock date and time in a zone. In the hour skipped when clocks go
 * forward it reads the time by the offset before the change (so 02:30 becomes 03:30); in the
 * hour that happens twice when they go back, it takes the first.
 */
export function zonedToUtc(date: IsoDate, time: LocalTime, timeZone: string): EpochMs {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) throw new RangeError('Not a date and time');
  const asIfUtc = Date.UTC(
    Number(dateMatch[1]),
    Number(dateMatch[2]) - 1,
    Number(dateMatch[3]),
    Number(timeMatch[1]),
    Number(timeMatch[2]),
  );
  // No zone changes its offset twice within a day, so the offsets a day either side are the
  // only two the wall-clock time can mean.
  const before = zoneOffsetMinutes(asIfUtc - 24 * HOUR_MS, timeZone);
  const after = zoneOffsetMinutes(asIfUtc + 24 * HOUR_MS, timeZone);
  const candidates = [asIfUtc - before * MINUTE_MS, asIfUtc - after * MINUTE_MS]
    .filter((utc) => zoneOffsetMinutes(utc, timeZone) * MINUTE_MS === asIfUtc - utc)
    .sort((a, b) => a - b);
  return candidates[0] ?? asIfUtc - before * MINUTE_MS;
}
