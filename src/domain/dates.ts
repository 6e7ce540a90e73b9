// The only place that imports date-fns: every date the user sees is British (en-GB).
import { format, parseISO, setDefaultOptions } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';

setDefaultOptions({ locale: enGB, weekStartsOn: 1 });

/** 03/11/2026 */
export function formatShortDate(date: Date | number): string {
  return format(date, 'dd/MM/yyyy');
}

/** Tuesday 3 November 2026 */
export function formatLongDate(date: Date | number): string {
  return format(date, 'EEEE d MMMM yyyy');
}

/** Tue 3 Nov 2026 */
export function formatMediumDate(date: Date | number): string {
  return format(date, 'EEE d MMM yyyy');
}

/** 14:05 (24-hour clock) */
export function formatClockTime(date: Date | number): string {
  return format(date, 'HH:mm');
}

/** 2026-11-03-1405: sorts by time, safe in a file name. */
export function formatFileStamp(date: Date | number): string {
  return format(date, 'yyyy-MM-dd-HHmm');
}

/** Parses a stored `yyyy-MM-dd` calendar date as a local date. */
export function parseIsoDate(value: string): Date {
  return parseISO(value);
}

/** "1 h 15 min", "45 min", "2 h" */
export function formatDuration(totalMinutes: number): string {
  const sign = totalMinutes < 0 ? '−' : '';
  const minutes = Math.round(Math.abs(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${rest} min`;
}
