// Every date and time the user sees, in their locale's way (Intl.DateTimeFormat): "Tuesday,
// 3 November 2026" and 14:05 in the UK, "Tuesday, November 3, 2026" and 2:05 PM in the US.
// Stored calendar dates (`yyyy-MM-dd`) are read as dates, never as instants, so a workshop on
// the 3rd shows as the 3rd in every zone; instants (when a journal was made, when a workshop
// started) are shown in the zone given: the group's, or the device's.
import { signal } from '@preact/signals';
import type { EpochMs, IsoDate, LocalTime } from '../domain/types';

/** The date formats the app offers, each an English-speaking locale a group may meet in. */
export const DATE_LOCALES = ['en-GB', 'en-IE', 'en-AU', 'en-NZ', 'en-CA', 'en-US'] as const;
export type DateLocale = (typeof DATE_LOCALES)[number];

const DEFAULT_LOCALE: DateLocale = 'en-GB';

export function isDateLocale(value: unknown): value is DateLocale {
  return (DATE_LOCALES as readonly unknown[]).includes(value);
}

/** The first of the device's languages the app has a format for; British otherwise. */
export function localeFromLanguages(languages: readonly string[]): DateLocale {
  for (const language of languages) {
    const exact = DATE_LOCALES.find((l) => l.toLowerCase() === language.toLowerCase());
    if (exact) return exact;
  }
  return DEFAULT_LOCALE;
}

export function deviceDateLocale(): DateLocale {
  const languages = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? ''];
  return localeFromLanguages(languages);
}

/**
 * Where a locale chosen in Settings is kept: a display preference, nothing private, read
 * synchronously so the first screen already writes dates the chosen way.
 */
export const DATE_LOCALE_KEY = 'breathing-space:date-locale';

function chosenDateLocale(): DateLocale | undefined {
  try {
    const chosen = globalThis.localStorage?.getItem(DATE_LOCALE_KEY);
    return isDateLocale(chosen) ? chosen : undefined;
  } catch {
    return undefined; // Storage blocked: the device's own way.
  }
}

/** The locale every formatter below uses; Settings may change it. Components re-render. */
export const dateLocale = signal<DateLocale>(chosenDateLocale() ?? deviceDateLocale());

type Style = 'long' | 'medium' | 'time';

const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: 'numeric', minute: '2-digit' },
};

/**
 * A 24-hour locale's times with two-digit hours (09:30, as UK timetables write them): engines
 * disagree on "numeric" hours there, and a column of times should line up.
 */
function timeOptions(locale: DateLocale): Intl.DateTimeFormatOptions {
  const { hourCycle } = new Intl.DateTimeFormat(locale, OPTIONS.time).resolvedOptions();
  const is24Hour = hourCycle === 'h23' || hourCycle === 'h24';
  return is24Hour ? { ...OPTIONS.time, hour: '2-digit' } : OPTIONS.time;
}

// Making a formatter costs far more than using one, and the run screen asks every second.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  style: Style,
  timeZone: string | undefined,
  locale: DateLocale = dateLocale.value,
): Intl.DateTimeFormat {
  const key = `${locale} ${style} ${timeZone ?? ''}`;
  let made = formatters.get(key);
  if (!made) {
    const options = style === 'time' ? timeOptions(locale) : OPTIONS[style];
    made = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, made);
  }
  return made;
}

/** A stored calendar date as the instant of its midnight in UTC, or a refusal. */
function calendarDate(value: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError('Invalid time value');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which would put years 0–99 in the 1900s.
  date.setUTCFullYear(year, month - 1, day);
  // 2026-02-30 is no date, not 2 March.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError('Invalid time value');
  }
  return date.getTime();
}

function instant(value: EpochMs | Date): number {
  const ms = typeof value === 'number' ? value : value.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid time value');
  return ms;
}

/**
 * A calendar date (`yyyy-MM-dd`) as it is, or an instant's date in `timeZone` (the device's
 * when none is given). An invalid date is refused with a RangeError.
 */
function formatDate(style: Style, value: IsoDate | EpochMs | Date, timeZone?: string): string {
  if (typeof value === 'string') return formatter(style, 'UTC').format(calendarDate(value));
  return formatter(style, timeZone).format(instant(value));
}

/** Tuesday, 3 November 2026 (en-GB) */
export function formatLongDate(value: IsoDate | EpochMs | Date, timeZone?: string): string {
  return formatDate('long', value, timeZone);
}

/** Tue, 3 Nov 2026 (en-GB) */
export function formatMediumDate(value: IsoDate | EpochMs | Date, timeZone?: string): string {
  return formatDate('medium', value, timeZone);
}

/** An instant's time of day in `timeZone`: 14:05 (en-GB), 2:05 pm (en-AU), 2:05 PM (en-US). */
export function formatClockTime(value: EpochMs | Date, timeZone?: string): string {
  return formatter('time', timeZone).format(instant(value));
}

/** A wall-clock time as stored (`HH:mm`, a workshop's start) in the locale's way. */
export function formatLocalTime(time: LocalTime): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  return formatter('time', 'UTC').format(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
}

/** "1 h 15 min", "45 min", "2 h": the same in every English locale. */
export function formatDuration(totalMinutes: number): string {
  const sign = totalMinutes < 0 ? '−' : '';
  const minutes = Math.round(Math.abs(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${rest} min`;
}

/** "Australia/Sydney" as people read it: "Sydney (Australia)". */
export function timeZoneName(zone: string): string {
  const parts = zone.split('/');
  const place = parts[parts.length - 1]!.replace(/_/g, ' ');
  return parts.length > 1 ? `${place} (${parts[0]!.replace(/_/g, ' ')})` : place;
}
