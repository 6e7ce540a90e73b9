import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarFileName, escapeText, foldLine } from '../../../src/domain/ics';
import { seriesCalendar } from '../../../src/features/plan/series-calendar';
import { zonedDateAt } from '../../../src/domain/time-zone';
import { zonedTimeAt } from '../../../src/domain/zoned-instant';
import { FIVE_WORKSHOPS_TEMPLATE, planSeries } from '../../../src/domain/series-plan';
import type { GroupId, LiteratureId, LiteratureItem } from '../../../src/domain/types';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

const reading: LiteratureItem = {
  id: 'lit-1' as LiteratureId,
  groupId: 'g' as GroupId,
  authors: 'Fook, J. and Gardner, F.',
  year: '2007',
  title: 'Practising Critical Reflection; a resource handbook',
  source: 'Open University Press',
  link: '',
  summary: '',
  questions: [],
  createdAt: 0,
  updatedAt: 0,
};

function exampleSeries() {
  const { series, workshops } = planSeries(
    {
      groupId: 'g' as GroupId,
      title: 'Children & families, north',
      startDate: '2026-09-15',
      startTime: '09:30',
      cadenceWeeks: 3,
      workshopCount: 5,
      lengthMinutes: 240,
      venue: 'Room 2, Leith Library, Edinburgh',
      followUpAfterWeeks: FIVE_WORKSHOPS_TEMPLATE.followUpAfterWeeks,
    },
    createFakeClock(),
    createSequentialIds(),
  );
  workshops[0]!.literatureIds = [reading.id];
  return { series, workshops };
}

describe('the series calendar', () => {
  // Each zone's clock change falls inside the series (15 Sep 2026 to 30 Mar 2027).
  const ZONES = [
    'Europe/London',
    'Europe/Dublin',
    'Australia/Sydney',
    'Pacific/Auckland',
    'America/Toronto',
  ];
  for (const zone of ZONES) {
    it(`parses back with every workshop at 09:30 ${zone} time, across its clock changes`, () => {
      const { series, workshops } = exampleSeries();
      const text = seriesCalendar(
        { groupName: 'Riverside team', series, workshops, literature: [reading], timeZone: zone },
        Date.UTC(2026, 8, 1, 12),
      );
      const events = parse(text);
      expect(events).toHaveLength(6);
      events.forEach((event, i) => {
        const start = event.startDate.toJSDate().getTime();
        const end = event.endDate.toJSDate().getTime();
        expect(zonedDateAt(start, zone)).toBe(workshops[i]!.date);
        expect(zonedTimeAt(start, zone)).toBe('09:30');
        expect(end - start).toBe(workshops[i]!.lengthMinutes * 60_000);
        expect(event.startDate.zone?.tzid).toBe('UTC');
      });
      expect(text).toContain(`X-WR-TIMEZONE:${zone}`);
    });
  }

  it('writes each workshop’s details', () => {
    const { series, workshops } = exampleSeries();
    const text = seriesCalendar(
      {
        groupName: 'Riverside team',
        series,
        workshops,
        literature: [reading],
        timeZone: 'Europe/London',
      },
      Date.UTC(2026, 8, 1, 12),
    );
    const events = parse(text);
    // 15 Sep and 6 Oct are in BST; 27 Oct onwards in GMT: 09:30 local all the same.
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2026-09-15T08:30:00.000Z',
      '2026-10-06T08:30:00.000Z',
      '2026-10-27T09:30:00.000Z',
      '2026-11-17T09:30:00.000Z',
      '2026-12-08T09:30:00.000Z',
      '2027-03-30T08:30:00.000Z',
    ]);
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2026-09-15T12:30:00.000Z');
    expect(events[5]!.endDate.toJSDate().toISOString()).toBe('2027-03-30T11:30:00.000Z');
    expect(events[0]!.summary).toBe('Reflection group — Riverside team: workshop 1 of 5');
    expect(events[5]!.summary).toBe('Reflection group — Riverside team: follow-up workshop');
    expect(events[0]!.location).toBe('Room 2, Leith Library, Edinburgh');
    expect(events[0]!.description).toContain(
      '• Practising Critical Reflection; a resource handbook — Fook, J. and Gardner, F. (2007)',
    );
    expect(events[0]!.description).toContain('09:30–10:00 Catch-up');
    expect(new Set(events.map((e) => e.uid)).size).toBe(6);
  });

  it('follows RFC 5545: CRLF line ends, lines of at most 75 octets, a stamp in UTC', () => {
    const { series, workshops } = exampleSeries();
    const text = seriesCalendar(
      {
        groupName: 'Riverside team',
        series,
        workshops,
        literature: [reading],
        timeZone: 'Australia/Sydney',
      },
      Date.UTC(2026, 8, 1),
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines).toContain('DTSTAMP:20260901T000000Z');
    // 09:30 on 15 September in Sydney (AEST, +10) is 23:30 the day before in UTC.
    expect(lines).toContain('DTSTART:20260914T233000Z');
    expect(lines).toContain('DTEND:20260915T033000Z');
  });

  it('escapes text and folds long lines without splitting characters', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `DESCRIPTION:${'Gofal plant — ŵ ŷ 🙂 '.repeat(10)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    for (const line of folded.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    const text = buildCalendar(
      [
        {
          uid: 'x@y',
          date: '2026-04-14',
          startTime: '22:30',
          lengthMinutes: 120,
          summary: 'Late; with, commas',
          location: '',
          description: long,
        },
      ],
      { stamp: 0, name: 'Test', timeZone: 'Europe/London' },
    );
    const [event] = parse(text);
    expect(event!.summary).toBe('Late; with, commas');
    expect(event!.description).toBe(long);
    // 22:30 BST for two hours: 23:30 UTC on the 15th's eve.
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-04-14T23:30:00.000Z');
  });

  it('names the file by date only', () => {
    expect(calendarFileName('2026-04-14')).toBe('reflection-series-2026-04-14.ics');
  });
});
