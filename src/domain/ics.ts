// An iCalendar file (RFC 5545) for a series: one event per workshop. Times are written in UTC
// (RFC 5545's "form #2"), worked out from the group's zone here, so Outlook, Google Calendar
// and Apple Calendar all put each workshop at the right instant in any zone, across clock
// changes, with no time-zone definition to get wrong; each shows it in its user's own zone.
import { zonedToUtc } from './zoned-instant';
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

function utcStamp(ms: EpochMs): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(event: CalendarEvent, stamp: string, timeZone: string): string[] {
  const start = zonedToUtc(event.date, event.startTime, timeZone);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcStamp(start)}`,
    // Its length in real time: a workshop that spans a clock change still lasts four hours.
    `DTEND:${utcStamp(start + event.lengthMinutes * 60_000)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location.trim()) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description.trim()) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The whole calendar file, with CRLF line ends and folded lines. Each event's date and time
 * are wall-clock times in `timeZone`, the group's.
 */
export function buildCalendar(
  events: readonly CalendarEvent[],
  options: { stamp: EpochMs; name: string; timeZone: string },
): string {
  const stamp = utcStamp(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Breathing Space//Reflection series//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    // A hint for the apps that read it: the zone to show the calendar in.
    `X-WR-TIMEZONE:${options.timeZone}`,
    ...events.flatMap((event) => eventLines(event, stamp, options.timeZone)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name with no personal data in it: reflection-series-2026-04-14.ics */
export function calendarFileName(startDate: IsoDate): string {
  return `reflection-series-${startDate}.ics`;
}
