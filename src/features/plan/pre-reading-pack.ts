// What a workshop's pre-reading pack says, worded for the page: when and where, the agenda with clock times, the
// reading with its questions, and the incidents to be brought.
import { agendaDifference, withClockTimes } from '../../domain/agenda';
import { addLocalMinutes, isIsoDate } from '../../domain/calendar';
import { findModel } from '../../domain/reflection-models/registry';
import type { Incident, LiteratureItem, Member, Workshop } from '../../domain/types';
import { formatDuration, formatLocalTime, formatLongDate } from '../../ui/dates';
import { readingInOrder } from '../../domain/pre-reading';

export interface PackInput {
  workshop: Workshop;
  label: string;
  seriesTitle: string;
  groupName: string;
  members: readonly Member[];
  literature: readonly LiteratureItem[];
  incidents: readonly Incident[];
  /** Dates of the workshops incidents were carried from, by incident id. */
  carriedFromDates?: ReadonlyMap<string, string>;
}

interface PackIncident {
  title: string;
  presenter: string;
  model: string;
  note: string;
}

export interface Pack {
  title: string;
  subtitle: string;
  date: string;
  time: string;
  venue: string;
  facilitator: string;
  agenda: { time: string; title: string; minutes: string; detail: string }[];
  agendaNote: string;
  reading: LiteratureItem[];
  incidents: PackIncident[];
}

export function buildPack(input: PackInput): Pack {
  const { workshop, members, incidents } = input;
  const nameOf = (id: string | null) => members.find((m) => m.id === id)?.displayName ?? '';
  const incidentById = new Map(incidents.map((i) => [i.id, i]));
  const end = addLocalMinutes(workshop.date, workshop.startTime, workshop.lengthMinutes);
  const difference = agendaDifference(workshop.agenda, workshop.lengthMinutes);
  return {
    title: input.label,
    subtitle: [input.groupName, input.seriesTitle].filter(Boolean).join(' · '),
    date: isIsoDate(workshop.date) ? formatLongDate(workshop.date) : workshop.date,
    time: `${formatLocalTime(workshop.startTime)}–${formatLocalTime(end.time)}`,
    venue: workshop.venue.trim() || 'Venue to be confirmed',
    facilitator: nameOf(workshop.facilitatorId),
    agenda: withClockTimes(workshop.agenda, workshop.startTime).map((t) => {
      const incident = t.item.incidentId ? incidentById.get(t.item.incidentId) : undefined;
      return {
        time: `${formatLocalTime(t.start)}–${formatLocalTime(t.end)}`,
        title: t.item.title,
        minutes: formatDuration(t.item.minutes),
        detail: incident ? incident.title.trim() || 'Incident to be chosen by its presenter' : '',
      };
    }),
    agendaNote:
      difference === 0
        ? ''
        : `The agenda is ${formatDuration(Math.abs(difference))} ${difference > 0 ? 'longer' : 'shorter'} than the workshop.`,
    reading: readingInOrder(workshop, input.literature),
    incidents: orderedIncidents(workshop, incidents).map((incident) => ({
      title: incident.title.trim() || 'Title to come',
      presenter: nameOf(incident.presenterId) || 'Presenter to be agreed',
      model: findModel(incident.modelId)?.name ?? '',
      note:
        incident.stage === 'reconstruction'
          ? `Carried forward${carriedNote(input.carriedFromDates?.get(incident.id))}: reconstruction`
          : '',
    })),
  };
}

function carriedNote(date: string | undefined): string {
  return date && isIsoDate(date) ? ` from ${formatLongDate(date)}` : '';
}

/** The workshop's incidents in agenda order, then any not yet in a slot. */
function orderedIncidents(workshop: Workshop, incidents: readonly Incident[]): Incident[] {
  const slotOrder = workshop.agenda.map((item) => item.incidentId).filter(Boolean);
  const rank = (incident: Incident) => {
    const at = slotOrder.indexOf(incident.id);
    return at === -1 ? slotOrder.length + incident.createdAt / 1e15 : at;
  };
  return incidents.filter((i) => i.workshopId === workshop.id).sort((a, b) => rank(a) - rank(b));
}
