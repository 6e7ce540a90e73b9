// Wall-clock dates and times in a group's own time zone (an IANA name such as
// "Australia/Sydney"), from the platform's time-zone data through Intl: no clock-change rule is
// written here, so every zone and every future change of law comes with the browser.
import type { EpochMs, IsoDate, LocalTime } from './types';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

// Building a formatter costs far more than using one, and the run screen asks every second.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(utc: EpochMs, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(utc)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year!,
    month: fields.month!,
    day: fields.day!,
    // Some engines still write midnight as 24 under h23.
    hour: fields.hour! % 24,
    minute: fields.minute!,
    second: fields.second!,
  };
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** Whether the platform knows this zone name. */
export function isTimeZone(name: string): boolean {
  if (!name) return false;
  try {
    partsFormatter(name);
    return true;
  } catch {
    return false;
  }
}

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

/** The calendar date in the zone at an instant. */
export function zonedDateAt(utc: EpochMs, timeZone: string): IsoDate {
  const wall = wallClockAt(utc, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
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

let deviceZone: string | undefined;

/** The device's own zone; UTC where the platform cannot say. Read once: asking is slow. */
export function deviceTimeZone(): string {
  if (deviceZone === undefined) {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    deviceZone = zone && isTimeZone(zone) ? zone : 'UTC';
  }
  return deviceZone;
}

/** The zone a group's dates and times are in: its own, or the device's for older groups. */
export function groupTimeZone(group: { timeZone?: string } | undefined | null): string {
  const zone = group?.timeZone;
  return zone && isTimeZone(zone) ? zone : deviceTimeZone();
}

/** Today's date where the device is: for a person's own journal and action cards. */
export function deviceToday(now: EpochMs): IsoDate {
  return zonedDateAt(now, deviceTimeZone());
}
