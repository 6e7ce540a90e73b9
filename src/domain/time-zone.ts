// Wall-clock dates and times in a group's own time zone (an IANA name such as
// "Australia/Sydney"), from the platform's time-zone data through Intl: no clock-change rule is
// written here, so every zone and every future change of law comes with the browser.
import type { EpochMs, IsoDate } from './types';

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

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallClockAt(utc: EpochMs, timeZone: string): WallClock {
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

export const pad = (value: number, length = 2) => String(value).padStart(length, '0');

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

/** The calendar date in the zone at an instant. */
export function zonedDateAt(utc: EpochMs, timeZone: string): IsoDate {
  const wall = wallClockAt(utc, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
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
