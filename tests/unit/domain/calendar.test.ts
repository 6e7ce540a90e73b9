import { describe, expect, it } from 'vitest';
import {
  addDays,
  addLocalMinutes,
  daysBetween,
  isIsoDate,
  londonOffsetAt,
  londonToUtc,
  proposeDates,
  weekdayOf,
} from '../../../src/domain/calendar';

const utc = (iso: string) => Date.parse(iso);

describe('date proposals', () => {
  it('proposes the same weekday every few weeks', () => {
    const dates = proposeDates('2026-04-14', 5, 3);
    expect(dates).toEqual(['2026-04-14', '2026-05-05', '2026-05-26', '2026-06-16', '2026-07-07']);
    expect(new Set(dates.map(weekdayOf))).toEqual(new Set([1]));
  });

  it('keeps the calendar date across the end of British Summer Time', () => {
    // 25 October 2026 is the last Sunday of October: the clocks go back.
    const dates = proposeDates('2026-10-13', 3, 2);
    expect(dates).toEqual(['2026-10-13', '2026-10-27', '2026-11-10']);
  });

  it('keeps the calendar date across the start of British Summer Time', () => {
    // 29 March 2026 is the last Sunday of March: the clocks go forward.
    expect(proposeDates('2026-03-17', 3, 2)).toEqual(['2026-03-17', '2026-03-31', '2026-04-14']);
  });

  it('handles month and year ends and leap days', () => {
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(daysBetween('2026-04-14', '2026-06-16')).toBe(63);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});

describe('local time in the UK', () => {
  it('keeps 09:30 local on both sides of the end of BST', () => {
    // Before: BST, 09:30 local is 08:30 UTC. After: GMT, 09:30 local is 09:30 UTC.
    expect(londonToUtc('2026-10-13', '09:30')).toBe(utc('2026-10-13T08:30:00Z'));
    expect(londonToUtc('2026-10-27', '09:30')).toBe(utc('2026-10-27T09:30:00Z'));
  });

  it('keeps 09:30 local on both sides of the start of BST', () => {
    expect(londonToUtc('2026-03-17', '09:30')).toBe(utc('2026-03-17T09:30:00Z'));
    expect(londonToUtc('2026-03-31', '09:30')).toBe(utc('2026-03-31T08:30:00Z'));
  });

  it('changes offset at 01:00 UTC on the last Sundays of March and October', () => {
    expect(londonOffsetAt(utc('2026-03-29T00:59:00Z'))).toBe(0);
    expect(londonOffsetAt(utc('2026-03-29T01:00:00Z'))).toBe(60);
    expect(londonOffsetAt(utc('2026-10-25T00:59:00Z'))).toBe(60);
    expect(londonOffsetAt(utc('2026-10-25T01:00:00Z'))).toBe(0);
    expect(londonOffsetAt(utc('2027-03-28T01:00:00Z'))).toBe(60);
  });

  it('reads times on the change days sensibly', () => {
    // 01:30 on 29 March 2026 does not exist: read as GMT. 01:30 on 25 October happens twice.
    expect(londonToUtc('2026-03-29', '01:30')).toBe(utc('2026-03-29T01:30:00Z'));
    expect(londonToUtc('2026-10-25', '01:30')).toBe(utc('2026-10-25T00:30:00Z'));
    expect(londonToUtc('2026-10-25', '09:30')).toBe(utc('2026-10-25T09:30:00Z'));
  });

  it('adds minutes to a local time across midnight', () => {
    expect(addLocalMinutes('2026-04-14', '09:30', 240)).toEqual({
      date: '2026-04-14',
      time: '13:30',
    });
    expect(addLocalMinutes('2026-04-14', '22:00', 180)).toEqual({
      date: '2026-04-15',
      time: '01:00',
    });
  });
});

describe('today in the UK', () => {
  it('is the UK calendar date, whatever the device’s zone', async () => {
    const { londonDateAt } = await import('../../../src/domain/calendar');
    expect(londonDateAt(Date.parse('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonDateAt(Date.parse('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
