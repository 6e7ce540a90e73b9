// Every date the user sees, the British (en-GB) way, from one module. The names are written
// out rather than asked of Intl.DateTimeFormat: its en-GB output differs between engines and
// versions ("Sept" against "Sep", a comma after the weekday or not), and these screens, the
// printed pack and the exports must read the same on every device. A date-fns formatter and
// its locale cost a first visit 10 KB; these few lines do the same job (a unit test compares
// them with date-fns and the en-GB locale over many dates).

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (value: number, length = 2) => String(value).padStart(length, '0');
const short = (name: string) => name.slice(0, 3);

/** The date as a Date in local time; an invalid date is refused, as date-fns refused it. */
function local(date: Date | number): Date {
  const value = new Date(date);
  if (Number.isNaN(value.getTime())) throw new RangeError('Invalid time value');
  return value;
}

/** 03/11/2026 */
export function formatShortDate(date: Date | number): string {
  const d = local(date);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${pad(d.getFullYear(), 4)}`;
}

/** Tuesday 3 November 2026 */
export function formatLongDate(date: Date | number): string {
  const d = local(date);
  return `${WEEKDAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]} ${pad(d.getFullYear(), 4)}`;
}

/** Tue 3 Nov 2026 */
export function formatMediumDate(date: Date | number): string {
  const d = local(date);
  return `${short(WEEKDAYS[d.getDay()]!)} ${d.getDate()} ${short(MONTHS[d.getMonth()]!)} ${pad(d.getFullYear(), 4)}`;
}

/** 14:05 (24-hour clock) */
export function formatClockTime(date: Date | number): string {
  const d = local(date);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 2026-11-03-1405: sorts by time, safe in a file name. */
export function formatFileStamp(date: Date | number): string {
  const d = local(date);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
}

/**
 * Parses a stored `yyyy-MM-dd` calendar date as a local date (midnight where the device is);
 * anything else gives an invalid date, which the formatters refuse.
 */
export function parseIsoDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return new Date(Number.NaN);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setFullYear, not the constructor, which would put years 0–99 in the 1900s.
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  // 2026-02-30 is no date, not 2 March.
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return new Date(Number.NaN);
  return date;
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
