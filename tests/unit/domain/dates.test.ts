import { format, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatDuration,
  formatFileStamp,
  formatLongDate,
  formatMediumDate,
  formatShortDate,
  parseIsoDate,
} from '../../../src/domain/dates';
import { formatBytes } from '../../../src/domain/units';

const tuesday = new Date(2026, 10, 3, 14, 5);

describe('British dates and durations', () => {
  it('formats dates the en-GB way', () => {
    expect(formatShortDate(tuesday)).toBe('03/11/2026');
    expect(formatLongDate(tuesday)).toBe('Tuesday 3 November 2026');
    expect(formatClockTime(tuesday)).toBe('14:05');
    expect(formatMediumDate(new Date(2026, 8, 1))).toBe('Tue 1 Sep 2026');
    expect(formatFileStamp(tuesday)).toBe('2026-11-03-1405');
  });

  it('writes every date exactly as date-fns with the en-GB locale did', () => {
    const enGbFormat = (date: Date, pattern: string) => format(date, pattern, { locale: enGB });
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true }),
        (date) => {
          expect(formatShortDate(date)).toBe(enGbFormat(date, 'dd/MM/yyyy'));
          expect(formatLongDate(date)).toBe(enGbFormat(date, 'EEEE d MMMM yyyy'));
          expect(formatMediumDate(date)).toBe(enGbFormat(date, 'EEE d MMM yyyy'));
          expect(formatClockTime(date)).toBe(enGbFormat(date, 'HH:mm'));
          expect(formatFileStamp(date)).toBe(enGbFormat(date, 'yyyy-MM-dd-HHmm'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads a stored calendar date as date-fns did, and refuses one that is no date', () => {
    const day = fc.tuple(
      fc.integer({ min: 1900, max: 2200 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    );
    fc.assert(
      fc.property(day, ([year, month, date]) => {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
        expect(parseIsoDate(text).getTime()).toEqual(parseISO(text).getTime());
      }),
      { numRuns: 2000 },
    );
    expect(Number.isNaN(parseIsoDate('2026-02-30').getTime())).toBe(true);
    expect(Number.isNaN(parseIsoDate('not a date').getTime())).toBe(true);
    expect(() => formatLongDate(parseIsoDate(''))).toThrow(RangeError);
  });

  it('writes durations as hours and minutes', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(75)).toBe('1 h 15 min');
    expect(formatDuration(240)).toBe('4 h');
    expect(formatDuration(-10)).toBe('−10 min');
  });

  it('writes sizes people can read', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1_400_000)).toBe('1.4 MB');
    expect(formatBytes(820_000)).toBe('820 kB');
  });
});
