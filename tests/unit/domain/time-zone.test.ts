import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeDates } from '../../../src/domain/calendar';
import { groupTimeZone, isTimeZone, zonedDateAt } from '../../../src/domain/time-zone';
import { zoneOffsetMinutes, zonedTimeAt, zonedToUtc } from '../../../src/domain/zoned-instant';

const utc = (iso: string) => Date.parse(iso);

/**
 * Each zone a group may meet in, with a date on each side of each of its 2026 clock changes
 * and where 09:30 local falls in UTC on them.
 */
const ZONES = [
  {
    zone: 'Europe/London',
    cases: [
      ['2026-03-24', '2026-03-24T09:30:00Z'], // GMT
      ['2026-03-31', '2026-03-31T08:30:00Z'], // BST from 29 March
      ['2026-10-20', '2026-10-20T08:30:00Z'],
      ['2026-10-27', '2026-10-27T09:30:00Z'], // GMT from 25 October
    ],
  },
  {
    zone: 'Europe/Dublin',
    cases: [
      ['2026-03-24', '2026-03-24T09:30:00Z'],
      ['2026-03-31', '2026-03-31T08:30:00Z'], // Irish Standard Time from 29 March
      ['2026-10-20', '2026-10-20T08:30:00Z'],
      ['2026-10-27', '2026-10-27T09:30:00Z'],
    ],
  },
  {
    zone: 'Australia/Sydney',
    cases: [
      // The UTC date is the day before the local one all year.
      ['2026-03-31', '2026-03-30T22:30:00Z'], // AEDT (+11)
      ['2026-04-07', '2026-04-06T23:30:00Z'], // AEST (+10) from 5 April
      ['2026-09-29', '2026-09-28T23:30:00Z'],
      ['2026-10-06', '2026-10-05T22:30:00Z'], // AEDT from 4 October
    ],
  },
  {
    zone: 'Pacific/Auckland',
    cases: [
      ['2026-03-31', '2026-03-30T20:30:00Z'], // NZDT (+13)
      ['2026-04-07', '2026-04-06T21:30:00Z'], // NZST (+12) from 5 April
      ['2026-09-22', '2026-09-21T21:30:00Z'],
      ['2026-09-29', '2026-09-28T20:30:00Z'], // NZDT from 27 September
    ],
  },
  {
    zone: 'America/Toronto',
    cases: [
      ['2026-03-03', '2026-03-03T14:30:00Z'], // EST (−5)
      ['2026-03-10', '2026-03-10T13:30:00Z'], // EDT (−4) from 8 March
      ['2026-10-27', '2026-10-27T13:30:00Z'],
      ['2026-11-03', '2026-11-03T14:30:00Z'], // EST from 1 November
    ],
  },
] as const;

describe('wall-clock times in a group’s zone', () => {
  for (const { zone, cases } of ZONES) {
    it(`keeps 09:30 at 09:30 in ${zone} on both sides of its clock changes`, () => {
      for (const [date, instant] of cases) {
        expect(zonedToUtc(date, '09:30', zone)).toBe(utc(instant));
        expect(zonedDateAt(utc(instant), zone)).toBe(date);
        expect(zonedTimeAt(utc(instant), zone)).toBe('09:30');
      }
    });
  }

  it('keeps a series’ weekday and time across a zone’s clock change', () => {
    // Sydney's clocks go forward on 4 October 2026: every Tuesday still starts at 09:30.
    for (const date of proposeDates('2026-09-15', 5, 2)) {
      const start = zonedToUtc(date, '09:30', 'Australia/Sydney');
      expect(zonedDateAt(start, 'Australia/Sydney')).toBe(date);
      expect(zonedTimeAt(start, 'Australia/Sydney')).toBe('09:30');
    }
  });

  it('reads the skipped hour by the offset before the change, a repeated hour as the first', () => {
    // London: 01:30 on 29 March 2026 does not exist; 01:30 on 25 October happens twice.
    expect(zonedToUtc('2026-03-29', '01:30', 'Europe/London')).toBe(utc('2026-03-29T01:30:00Z'));
    expect(zonedToUtc('2026-10-25', '01:30', 'Europe/London')).toBe(utc('2026-10-25T00:30:00Z'));
    // Sydney: 02:30 on 4 October 2026 does not exist; 02:30 on 5 April happens twice.
    expect(zonedToUtc('2026-10-04', '02:30', 'Australia/Sydney')).toBe(utc('2026-10-03T16:30:00Z'));
    expect(zonedToUtc('2026-04-05', '02:30', 'Australia/Sydney')).toBe(utc('2026-04-04T15:30:00Z'));
  });

  it('gives each zone’s offset either side of a change', () => {
    expect(zoneOffsetMinutes(utc('2026-03-29T00:59:00Z'), 'Europe/London')).toBe(0);
    expect(zoneOffsetMinutes(utc('2026-03-29T01:00:00Z'), 'Europe/London')).toBe(60);
    expect(zoneOffsetMinutes(utc('2026-11-01T05:59:00Z'), 'America/Toronto')).toBe(-240);
    expect(zoneOffsetMinutes(utc('2026-11-01T06:00:00Z'), 'America/Toronto')).toBe(-300);
    expect(zoneOffsetMinutes(utc('2026-01-01T00:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('round-trips every wall-clock time that exists, in every zone', () => {
    const zones = ZONES.map((z) => z.zone);
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: utc('2000-01-01T00:00:00Z'), max: utc('2040-01-01T00:00:00Z') }),
        (zone, instant) => {
          const minute = instant - (instant % 60_000);
          const back = zonedToUtc(zonedDateAt(minute, zone), zonedTimeAt(minute, zone), zone);
          // The same instant, or in a repeated hour its first occurrence, an hour before.
          expect([minute, minute - 3_600_000]).toContain(back);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('knows real zone names, and falls back to the device’s for older groups', () => {
    expect(isTimeZone('Australia/Sydney')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(groupTimeZone({ timeZone: 'Pacific/Auckland' })).toBe('Pacific/Auckland');
    expect(groupTimeZone({})).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(groupTimeZone({ timeZone: 'Nowhere/Else' })).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });
});
