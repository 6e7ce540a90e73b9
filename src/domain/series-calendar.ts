// What goes into the series' calendar file: one event per workshop, with its venue and the
// titles of its pre-reading. Incident titles stay out: calendars get synced to other
// services, and the pre-reading pack is the place for them.
import { withClockTimes } from './agenda';
import { buildCalendar, type CalendarEvent } from './ics';
import { workshopLabels } from './series-plan';
import type { LiteratureId, LiteratureItem, Series, Workshop } from './types';

export interface SeriesCalendarInput {
  series: Series;
  workshops: readonly Workshop[];
  literature: readonly LiteratureItem[];
  /** The group's zone: its workshops' dates and times are wall-clock times there. */
  timeZone: string;
}

export function citation(item: Pick<LiteratureItem, 'authors' | 'year' | 'title'>): string {
  const who = [item.authors.trim(), item.year.trim() && `(${item.year.trim()})`]
    .filter(Boolean)
    .join(' ');
  return who ? `${item.title.trim()} — ${who}` : item.title.trim();
}

function seriesCalendarEvents({
  series,
  workshops,
  literature,
}: SeriesCalendarInput): CalendarEvent[] {
  const byId = new Map<LiteratureId, LiteratureItem>(literature.map((item) => [item.id, item]));
  const labels = workshopLabels(workshops);
  return workshops.map((workshop) => {
    const reading = workshop.literatureIds
      .map((id) => byId.get(id))
      .filter((item): item is LiteratureItem => Boolean(item));
    const agenda = withClockTimes(workshop.agenda, workshop.startTime).map(
      (t) => `${t.start}–${t.end} ${t.item.title}`,
    );
    const description = [
      reading.length > 0 ? 'Pre-reading:' : 'No pre-reading set yet.',
      ...reading.map((item) => `• ${citation(item)}`),
      '',
      'Agenda:',
      ...agenda,
    ].join('\n');
    return {
      uid: `workshop-${workshop.id}@breathing-space`,
      date: workshop.date,
      startTime: workshop.startTime,
      lengthMinutes: workshop.lengthMinutes,
      summary: `${series.title || 'Reflection group'}: ${labels.get(workshop.id)}`,
      location: workshop.venue,
      description,
    };
  });
}

/** The whole .ics text for a series. */
export function seriesCalendar(input: SeriesCalendarInput, stamp: number): string {
  return buildCalendar(seriesCalendarEvents(input), {
    stamp,
    name: input.series.title || 'Reflection group',
    timeZone: input.timeZone,
  });
}
