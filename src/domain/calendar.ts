// Calendar arithmetic on stored dates (`yyyy-MM-dd`) and local times (`HH:mm`). Workshops
// keep their wall-clock time whatever the season: a series that crosses a clock change still
// starts at 09:30. Pure date arithmetic, so it never depends on the device's zone; turning a
// date and time into an instant is time-zone.ts's job.
import { minutesOfDay } from './agenda';
import type { IsoDate, LocalTime } from './types';

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
