import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatDuration,
  formatLongDate,
  formatShortDate,
} from '../../../src/domain/dates';
import { formatBytes } from '../../../src/domain/units';

const tuesday = new Date(2026, 10, 3, 14, 5);

describe('British dates and durations', () => {
  it('formats dates the en-GB way', () => {
    expect(formatShortDate(tuesday)).toBe('03/11/2026');
    expect(formatLongDate(tuesday)).toBe('Tuesday 3 November 2026');
    expect(formatClockTime(tuesday)).toBe('14:05');
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
