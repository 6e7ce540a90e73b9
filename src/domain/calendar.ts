// Calendar arithmetic on stored dates (`yyyy-MM-dd`) and local times (`HH:mm`) for groups
// that meet in the UK. Workshops keep their local wall-clock time whatever the season: a
// series that crosses the end of British Summer Time still starts at 09:30. Computed from
// the calendar and the UK's clock-change rule, so it never depends on the device's zone.
import { minutesOfDay } from './agenda';
import type { EpochMs, IsoDate, LocalTime } from './types';

const DAY_MS = 86_400_000;

function toUtcMidnight(date: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function fromUtcMidnight(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromUtcMidnight(toUtcMidnight(value)) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMidnight(b) - toUtcMidnight(a)) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: IsoDate): number {
  return (new Date(toUtcMidnight(date)).getUTCDay() + 6) % 7;
}

/** `count` dates from `start`, every `cadenceWeeks` weeks: same weekday each time. */
export function proposeDates(start: IsoDate, count: number, cadenceWeeks: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => addDays(start, i * cadenceWeeks * 7));
}

/** The last Sunday of a month (0-based), as a UTC midnight. */
function lastSunday(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS;
}

/**
 * Minutes UK local time is ahead of UTC at a UTC instant: 60 in British Summer Time (from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October), else 0.
 */
export function londonOffsetAt(utc: EpochMs): number {
  const year = new Date(utc).getUTCFullYear();
  const starts = lastSunday(year, 2) + 3_600_000;
  const ends = lastSunday(year, 9) + 3_600_000;
  return utc >= starts && utc < ends ? 60 : 0;
}

/**
 * The UTC instant of a local date and time in the UK. In the hour that does not exist
 * (clocks go forward) it reads the time as GMT; in the hour that happens twice, the first.
 */
export function londonToUtc(date: IsoDate, time: LocalTime): EpochMs {
  const asIfUtc = toUtcMidnight(date) + minutesOfDay(time) * 60_000;
  const summer = asIfUtc - 3_600_000;
  return londonOffsetAt(summer) === 60 ? summer : asIfUtc;
}

/** A local date and time plus some minutes, as a local date and time (crossing midnight). */
export function addLocalMinutes(
  date: IsoDate,
  time: LocalTime,
  minutes: number,
): { date: IsoDate; time: LocalTime } {
  const total = minutesOfDay(time) + minutes;
  const days = Math.floor(total / 1440);
  const rest = total - days * 1440;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return { date: addDays(date, days), time: `${hh}:${mm}` };
}

/** The calendar date in the UK at a UTC instant. */
export function londonDateAt(utc: EpochMs): IsoDate {
  return fromUtcMidnight(utc + londonOffsetAt(utc) * 60_000).slice(0, 10);
}
