import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { seriesCalendar } from '../../../src/features/plan/series-calendar';
import { FIVE_WORKSHOPS_TEMPLATE, planSeries } from '../../../src/domain/series-plan';
import type { GroupId } from '../../../src/domain/types';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

function plan(title: string, workshopCount = 5) {
  return planSeries(
    {
      groupId: 'g' as GroupId,
      title,
      startDate: '2027-01-12',
      startTime: '09:30',
      cadenceWeeks: 3,
      workshopCount,
      lengthMinutes: 240,
      venue: 'Room 2',
      followUpAfterWeeks: FIVE_WORKSHOPS_TEMPLATE.followUpAfterWeeks,
    },
    createFakeClock(),
    createSequentialIds(),
  );
}

function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    summaries: calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent).summary),
  };
}

describe('calendar events name the group and the workshop', () => {
  it('says whose reflection group it is and which workshop, the follow-up by name', () => {
    const { series, workshops } = plan('First series');
    const { name, summaries } = read(
      seriesCalendar(
        {
          groupName: ' Riverside team ',
          series,
          workshops,
          literature: [],
          timeZone: 'Europe/London',
        },
        0,
      ),
    );
    expect(summaries).toEqual([
      'Reflection group — Riverside team: workshop 1 of 5',
      'Reflection group — Riverside team: workshop 2 of 5',
      'Reflection group — Riverside team: workshop 3 of 5',
      'Reflection group — Riverside team: workshop 4 of 5',
      'Reflection group — Riverside team: workshop 5 of 5',
      'Reflection group — Riverside team: follow-up workshop',
    ]);
    expect(name).toBe('Reflection group — Riverside team: First series');
  });

  it('still reads plainly for a group or a series with no name', () => {
    const { series, workshops } = plan('', 2);
    const { name, summaries } = read(
      seriesCalendar(
        { groupName: '', series, workshops, literature: [], timeZone: 'Europe/London' },
        0,
      ),
    );
    expect(summaries).toEqual([
      'Reflection group: workshop 1 of 2',
      'Reflection group: workshop 2 of 2',
      'Reflection group: follow-up workshop',
    ]);
    expect(name).toBe('Reflection group');
  });
});
