// An iCalendar file (RFC 5545) for a series: one event per workshop in UK local time, with
// the Europe/London time zone spelt out so any calendar app places it right.
import { addLocalMinutes } from './calendar';
import type { EpochMs, IsoDate, LocalTime } from './types';

export interface CalendarEvent {
  /** Stable across exports, so re-importing updates events instead of duplicating them. */
  uid: string;
  date: IsoDate;
  startTime: LocalTime;
  lengthMinutes: number;
  summary: string;
  location: string;
  description: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

const LONDON_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line to 75 octets of UTF-8, never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function localStamp(date: IsoDate, time: LocalTime): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function utcStamp(ms: EpochMs): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const end = addLocalMinutes(event.date, event.startTime, event.lengthMinutes);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=Europe/London:${localStamp(event.date, event.startTime)}`,
    `DTEND;TZID=Europe/London:${localStamp(end.date, end.time)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location.trim()) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description.trim()) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole calendar file, with CRLF line ends and folded lines. */
export function buildCalendar(
  events: readonly CalendarEvent[],
  options: { stamp: EpochMs; name: string },
): string {
  const stamp = utcStamp(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Breathing Space//Reflection series//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-WR-TIMEZONE:Europe/London',
    ...LONDON_TIMEZONE,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name with no personal data in it: reflection-series-2026-04-14.ics */
export function calendarFileName(startDate: IsoDate): string {
  return `reflection-series-${startDate}.ics`;
}
