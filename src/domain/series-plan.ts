// Making a series of workshops from a template: dates from a start date and a cadence, the
// four-phase agenda in each, and a follow-up months later.
import { AGENDA_KIND_TITLES, DEFAULT_WORKSHOP_MINUTES, defaultAgenda } from './agenda';
import { addDays, proposeDates } from './calendar';
import type { Clock } from './clock';
import { newId, type IdGenerator } from './ids';
import type {
  AgendaItem,
  AgendaItemKind,
  GroupId,
  IsoDate,
  LocalTime,
  Series,
  SeriesId,
  Workshop,
  WorkshopId,
  WorkshopKind,
} from './types';

export { FIVE_WORKSHOPS_TEMPLATE } from './series-template';

const FOLLOW_UP_MINUTES = 180;

const FOLLOW_UP_PLAN: readonly { kind: AgendaItemKind; title?: string; minutes: number }[] = [
  { kind: 'catch-up', minutes: 30 },
  { kind: 'custom', title: 'Looking back across the series', minutes: 60 },
  { kind: 'break', minutes: 15 },
  { kind: 'custom', title: 'Planning how to share what we learnt', minutes: 45 },
  { kind: 'reflection', minutes: 30 },
];

/** The follow-up's agenda: looking back, then planning how to share the learning. */
function followUpAgenda(generateId?: IdGenerator): AgendaItem[] {
  return FOLLOW_UP_PLAN.map(({ kind, title, minutes }) => ({
    id: newId<string>(generateId),
    kind,
    title: title ?? AGENDA_KIND_TITLES[kind],
    minutes,
  }));
}

export interface SeriesPlanInput {
  groupId: GroupId;
  title: string;
  startDate: IsoDate;
  startTime: LocalTime;
  cadenceWeeks: number;
  workshopCount: number;
  lengthMinutes: number;
  venue: string;
  followUpAfterWeeks: number | null;
}

export interface WorkshopInput {
  seriesId: SeriesId | null;
  groupId: GroupId | null;
  kind: WorkshopKind;
  position: number;
  date: IsoDate;
  startTime: LocalTime;
  venue: string;
  lengthMinutes?: number;
}

/** One workshop with the default agenda for its kind. */
export function makeWorkshop(
  input: WorkshopInput,
  clock: Clock,
  generateId?: IdGenerator,
): Workshop {
  const now = clock.now();
  const isFollowUp = input.kind === 'follow-up';
  const lengthMinutes =
    input.lengthMinutes ?? (isFollowUp ? FOLLOW_UP_MINUTES : DEFAULT_WORKSHOP_MINUTES);
  return {
    id: newId<WorkshopId>(generateId),
    seriesId: input.seriesId,
    groupId: input.groupId,
    kind: input.kind,
    position: input.position,
    date: input.date,
    startTime: input.startTime,
    lengthMinutes,
    venue: input.venue,
    agenda: isFollowUp ? followUpAgenda(generateId) : defaultAgenda(generateId),
    facilitatorId: null,
    literatureIds: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** A series and its workshops (and follow-up), ready to be saved together. */
export function planSeries(
  input: SeriesPlanInput,
  clock: Clock,
  generateId?: IdGenerator,
): { series: Series; workshops: Workshop[] } {
  const now = clock.now();
  const series: Series = {
    id: newId<SeriesId>(generateId),
    groupId: input.groupId,
    title: input.title.trim(),
    startDate: input.startDate,
    cadenceWeeks: input.cadenceWeeks,
    startTime: input.startTime,
    createdAt: now,
    updatedAt: now,
  };
  const dates = proposeDates(input.startDate, input.workshopCount, input.cadenceWeeks);
  const common = { seriesId: series.id, groupId: input.groupId, venue: input.venue };
  const workshops = dates.map((date, position) =>
    makeWorkshop(
      {
        ...common,
        kind: 'regular',
        position,
        date,
        startTime: input.startTime,
        lengthMinutes: input.lengthMinutes,
      },
      clock,
      generateId,
    ),
  );
  const last = dates.at(-1);
  if (input.followUpAfterWeeks !== null && last) {
    const date = addDays(last, input.followUpAfterWeeks * 7);
    workshops.push(
      makeWorkshop(
        { ...common, kind: 'follow-up', position: dates.length, date, startTime: input.startTime },
        clock,
        generateId,
      ),
    );
  }
  return { series, workshops };
}

/** Where a workshop stands in its series: the 2nd of 5, or the follow-up. */
export type WorkshopPlace = { kind: 'regular'; number: number; of: number } | { kind: 'follow-up' };

/** Each workshop's place among the series' workshops, in date order. */
export function workshopPlaces(workshops: readonly Workshop[]): Map<WorkshopId, WorkshopPlace> {
  const regular = workshops.filter((w) => w.kind === 'regular');
  return new Map(
    workshops.map((w): [WorkshopId, WorkshopPlace] => [
      w.id,
      w.kind === 'follow-up'
        ? { kind: 'follow-up' }
        : { kind: 'regular', number: regular.indexOf(w) + 1, of: regular.length },
    ]),
  );
}
