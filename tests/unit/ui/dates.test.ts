import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  dateLocale,
  formatClockTime,
  formatDuration,
  formatLocalTime,
  formatLongDate,
  formatMediumDate,
  localeFromLanguages,
} from '../../../src/ui/dates';
import { formatBytes } from '../../../src/ui/units';

// 14:05 on Tuesday 3 November 2026 in London (GMT), 01:05 on the 4th in Sydney.
const instant = Date.UTC(2026, 10, 3, 14, 5);

afterEach(() => {
  dateLocale.value = 'en-GB';
});

describe('dates in the user’s locale', () => {
  it('writes dates and times the British way by default', () => {
    dateLocale.value = 'en-GB';
    expect(formatLongDate('2026-11-03')).toBe('Tuesday, 3 November 2026');
    expect(formatMediumDate('2026-11-03')).toMatch(/^Tue,? 3 Nov 2026$/);
    expect(formatClockTime(instant, 'Europe/London')).toBe('14:05');
    expect(formatLocalTime('09:30')).toBe('09:30');
  });

  it('follows each supported locale, 12- or 24-hour as it says', () => {
    dateLocale.value = 'en-US';
    expect(formatLongDate('2026-11-03')).toBe('Tuesday, November 3, 2026');
    expect(formatClockTime(instant, 'America/New_York')).toMatch(/^9:05\sAM$/);
    expect(formatLocalTime('13:30')).toMatch(/^1:30\sPM$/);
    dateLocale.value = 'en-AU';
    expect(formatLongDate('2026-11-03')).toBe('Tuesday 3 November 2026');
    expect(formatLocalTime('13:30')).toMatch(/^1:30\spm$/);
    dateLocale.value = 'en-CA';
    expect(formatLocalTime('09:30')).toMatch(/^9:30\sa\.m\.$/);
    dateLocale.value = 'en-IE';
    expect(formatLocalTime('09:30')).toBe('09:30');
    dateLocale.value = 'en-NZ';
  });

  it('shows an instant in the zone it is given', () => {
    expect(formatMediumDate(instant, 'Australia/Sydney')).toMatch(/^Wed,? 4 Nov 2026$/);
    expect(formatClockTime(instant, 'Australia/Sydney')).toBe('01:05');
    expect(formatClockTime(instant, 'America/Toronto')).toBe('09:05');
  });

  it('shows a stored calendar date as that date in every zone', () => {
    const day = fc.tuple(
      fc.integer({ min: 1000, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    );
    fc.assert(
      fc.property(day, ([year, month, date]) => {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
        // The date as written, whatever the zone the instant would fall in.
        const asUtc = new Date(Date.UTC(year, month - 1, date));
        expect(formatLongDate(text)).toBe(formatLongDate(asUtc, 'UTC'));
        expect(formatLongDate(text)).toContain(` ${date} `);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a date that is no date', () => {
    expect(() => formatLongDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatLongDate('not a date')).toThrow(RangeError);
    expect(() => formatLongDate('')).toThrow(RangeError);
    expect(() => formatClockTime(Number.NaN)).toThrow(RangeError);
  });

  it('takes the first of the device’s languages it has a format for', () => {
    expect(localeFromLanguages(['fr-FR', 'en-AU', 'en-US'])).toBe('en-AU');
    expect(localeFromLanguages(['en-us'])).toBe('en-US');
    expect(localeFromLanguages(['de-DE', 'en'])).toBe('en-GB');
    expect(localeFromLanguages([])).toBe('en-GB');
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
