// What goes into the series' calendar file: one event per workshop, named by its group and
// its place in the series, with its venue and the titles of its pre-reading. Incident titles
// stay out: calendars get synced to other services, and the pre-reading pack is the place
// for them. The group's name is shareable material, as the pack shows it too.
import { withClockTimes } from '../../domain/agenda';
import { buildCalendar, type CalendarEvent } from '../../domain/ics';
import { readingInOrder } from '../../domain/pre-reading';
import { workshopPlaces, type WorkshopPlace } from '../../domain/series-plan';
import type { LiteratureItem, Series, Workshop } from '../../domain/types';

export interface SeriesCalendarInput {
  groupName: string;
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

/** "Reflection group — Riverside team", or just "Reflection group" for a group with no name. */
function groupTitle(groupName: string): string {
  return ['Reflection group', groupName.trim()].filter(Boolean).join(' — ');
}

/** What a busy calendar shows: whose group it is, and which workshop. */
function eventSummary(groupName: string, place: WorkshopPlace | undefined): string {
  const which = !place
    ? 'workshop'
    : place.kind === 'follow-up'
      ? 'follow-up workshop'
      : `workshop ${place.number} of ${place.of}`;
  return `${groupTitle(groupName)}: ${which}`;
}

function seriesCalendarEvents({
  groupName,
  workshops,
  literature,
}: SeriesCalendarInput): CalendarEvent[] {
  const places = workshopPlaces(workshops);
  return workshops.map((workshop) => {
    const reading = readingInOrder(workshop, literature);
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
      summary: eventSummary(groupName, places.get(workshop.id)),
      location: workshop.venue,
      description,
    };
  });
}

/** The whole .ics text for a series. */
export function seriesCalendar(input: SeriesCalendarInput, stamp: number): string {
  const title = input.series.title.trim();
  return buildCalendar(seriesCalendarEvents(input), {
    stamp,
    name: [groupTitle(input.groupName), title].filter(Boolean).join(': '),
    timeZone: input.timeZone,
  });
}
