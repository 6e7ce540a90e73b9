import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DateFormatSection } from '../../../src/features/settings/DateFormatSection';
import { dateLocale, formatLongDate, formatLocalTime } from '../../../src/ui/dates';
import { renderWithApp } from '../../helpers/render';

afterEach(() => {
  localStorage.clear();
  dateLocale.value = 'en-GB';
});

describe('the date format in Settings', () => {
  it('offers each format by example, and the choice holds for the next start', () => {
    renderWithApp(<DateFormatSection />);
    const select = screen.getByLabelText('Write dates and times as in');
    expect(select).toHaveValue('device');
    expect(
      screen.getByRole('option', { name: /^United States: Tuesday, November 3, 2026, 2:05\sPM$/ }),
    ).toBeInTheDocument();

    fireEvent.change(select, { target: { value: 'en-US' } });
    expect(formatLongDate('2026-11-03')).toBe('Tuesday, November 3, 2026');
    expect(formatLocalTime('13:30')).toMatch(/^1:30\sPM$/);
    expect(localStorage.getItem('breathing-space:date-locale')).toBe('en-US');

    fireEvent.change(select, { target: { value: 'device' } });
    expect(formatLocalTime('13:30')).toBe('13:30');
    expect(localStorage.getItem('breathing-space:date-locale')).toBeNull();
  });
});
