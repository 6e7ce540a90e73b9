import { describe, expect, it } from 'vitest';
import {
  addDays,
  addLocalMinutes,
  daysBetween,
  isIsoDate,
  proposeDates,
  weekdayOf,
} from '../../../src/domain/calendar';

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

describe('local times', () => {
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
