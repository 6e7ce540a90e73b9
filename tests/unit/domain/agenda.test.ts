import { describe, expect, it } from 'vitest';
import {
  CORE_PHASES,
  DEFAULT_WORKSHOP_MINUTES,
  agendaDifference,
  agendaTotalMinutes,
  clockTime,
  defaultAgenda,
  withClockTimes,
} from '../../../src/domain/agenda';
import { createSequentialIds } from '../../helpers/ids';

describe('the default agenda', () => {
  it('has the four phases in order and fills four hours exactly', () => {
    const agenda = defaultAgenda(createSequentialIds());
    expect(agenda.map((i) => i.kind).filter((k) => k !== 'break')).toEqual(CORE_PHASES);
    expect(agendaTotalMinutes(agenda)).toBe(DEFAULT_WORKSHOP_MINUTES);
    expect(agendaDifference(agenda, 240)).toBe(0);
  });

  it('computes the clock time of every item from the start time', () => {
    const timed = withClockTimes(defaultAgenda(createSequentialIds()), '09:30');
    expect(timed.map((t) => `${t.start}–${t.end}`)).toEqual([
      '09:30–10:00',
      '10:00–11:00',
      '11:00–11:15',
      '11:15–12:45',
      '12:45–13:30',
    ]);
  });

  it('shows the difference when the agenda does not fill the workshop', () => {
    const agenda = defaultAgenda(createSequentialIds()).slice(1);
    expect(agendaDifference(agenda, 240)).toBe(-30);
  });

  it('wraps clock times past midnight', () => {
    expect(clockTime(24 * 60 + 5)).toBe('00:05');
    expect(clockTime(-10)).toBe('23:50');
  });
});
