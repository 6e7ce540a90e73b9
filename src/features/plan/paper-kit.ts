// What the paper kit says, worded for the page from the group's shareable material only: each
// workshop's run sheet (the pack's agenda, then every incident slot's steps with their clock
// times and rules, as run mode holds them), the series timetable, and the sheets' share of
// signature lines, cue cards and questionnaire slips. Nothing private is read.
import { clockTime, minutesOfDay, withClockTimes } from '../../domain/agenda';
import { isIsoDate } from '../../domain/calendar';
import { incidentSteps, stagesForPart } from '../../domain/incident-steps';
import { readingInOrder } from '../../domain/pre-reading';
import { DEFAULT_INCIDENT_MODEL_ID, findModel } from '../../domain/reflection-models/registry';
import type { ReflectionModel } from '../../domain/reflection-models/types';
import type {
  AgendaItem,
  Incident,
  IncidentStage,
  LiteratureItem,
  LocalTime,
  Member,
  Workshop,
} from '../../domain/types';
import { formatLocalTime, formatMediumDate } from '../../ui/dates';
import { buildPack, type Pack } from './pre-reading-pack';

export interface KitInput {
  groupName: string;
  seriesTitle: string;
  members: readonly Member[];
  /** The series' workshops, in date order. */
  workshops: readonly Workshop[];
  labels: ReadonlyMap<string, string>;
  literature: readonly LiteratureItem[];
  /** The group's incidents: each workshop's are picked out by their workshop. */
  incidents: readonly Incident[];
}

interface KitStep {
  time: string;
  title: string;
  minutes: number;
  rule: string;
}

export interface KitIncident {
  title: string;
  presenter: string;
  model: string;
  isReconstruction: boolean;
  /** The slot's clock times, as the agenda gives them. */
  time: string;
  steps: KitStep[];
}

export interface RunSheet extends Pick<Pack, 'title' | 'date' | 'time' | 'venue' | 'agenda'> {
  facilitator: string;
  agendaNote: string;
  incidents: KitIncident[];
}

/** One workshop's run sheet: when and where, the agenda, and each incident's steps. */
export function runSheet(input: KitInput, workshop: Workshop): RunSheet {
  const incidents = input.incidents.filter((i) => i.workshopId === workshop.id);
  const pack = buildPack({
    workshop,
    label: input.labels.get(workshop.id) ?? 'Workshop',
    seriesTitle: input.seriesTitle,
    groupName: input.groupName,
    members: input.members,
    literature: input.literature,
    incidents,
  });
  const nameOf = (id: string | null) => input.members.find((m) => m.id === id)?.displayName ?? '';
  const slotted = new Set(workshop.agenda.map((item) => item.incidentId).filter(Boolean));
  const unslotted = incidents.filter((incident) => !slotted.has(incident.id));
  const slots = withClockTimes(workshop.agenda, workshop.startTime).filter(
    (t) => t.item.kind === 'incident',
  );
  return {
    title: pack.title,
    date: pack.date,
    time: pack.time,
    venue: pack.venue,
    facilitator: pack.facilitator || 'To be agreed',
    agenda: pack.agenda,
    agendaNote: pack.agendaNote,
    incidents: slots.map((slot) => {
      // A slot with no incident holds one not yet in any slot, as run mode does.
      const incident = slot.item.incidentId
        ? incidents.find((i) => i.id === slot.item.incidentId)
        : unslotted.shift();
      const model = modelOf(incident);
      const part = incident?.stage ?? 'deconstruction';
      return {
        title: incident?.title.trim() || 'Incident to be chosen by its presenter',
        presenter: nameOf(incident?.presenterId ?? null) || 'Presenter to be agreed',
        model: model.name,
        isReconstruction: part === 'reconstruction',
        time: `${formatLocalTime(slot.start)}–${formatLocalTime(slot.end)}`,
        steps: timedSteps(model, part, slot.item, slot.start),
      };
    }),
  };
}

function modelOf(incident: Incident | undefined): ReflectionModel {
  return findModel(incident?.modelId ?? '') ?? findModel(DEFAULT_INCIDENT_MODEL_ID)!;
}

/** The slot's steps, each starting when the one before it ends. */
function timedSteps(
  model: ReflectionModel,
  part: IncidentStage,
  slot: AgendaItem,
  start: LocalTime,
): KitStep[] {
  let at = minutesOfDay(start);
  return incidentSteps(model, part, slot.minutes).map((step) => {
    const begins = clockTime(at);
    at += step.minutes;
    return {
      time: formatLocalTime(begins),
      title: step.title,
      minutes: step.minutes,
      rule: step.rule,
    };
  });
}

export interface TimetableRow {
  label: string;
  date: string;
  time: string;
  venue: string;
  facilitator: string;
  presenters: string;
  readings: string[];
}

/** The series at a glance: each workshop's when, where, who and what to read. */
export function timetable(input: KitInput): TimetableRow[] {
  return input.workshops.map((workshop) => {
    const sheet = runSheet(input, workshop);
    const presenters = input.incidents
      .filter((i) => i.workshopId === workshop.id)
      .map((i) => input.members.find((m) => m.id === i.presenterId)?.displayName)
      .filter((name): name is string => Boolean(name));
    return {
      label: sheet.title,
      date: isIsoDate(workshop.date) ? formatMediumDate(workshop.date) : workshop.date,
      time: sheet.time,
      venue: sheet.venue,
      facilitator: sheet.facilitator,
      presenters: [...new Set(presenters)].join(', ') || 'To be agreed',
      readings: readingInOrder(workshop, input.literature).map(citation),
    };
  });
}

function citation(item: LiteratureItem): string {
  const by = [item.authors.trim(), item.year.trim() && `(${item.year.trim()})`]
    .filter(Boolean)
    .join(' ');
  const title = item.title.trim() || 'Untitled reading';
  return by ? `${by}, ${title}` : title;
}

export interface CueCard {
  model: string;
  step: string;
  question: string;
}

/**
 * Every card listeners hold for a model, in the order the group meets them: the account's
 * questions after the telling, then each stage the group holds, across both parts of a
 * two-part model. Stages left to the presenter have none (see incident-steps.ts).
 */
export function cueCardsOf(model: ReflectionModel): CueCard[] {
  const parts: IncidentStage[] =
    stagesForPart(model, 'reconstruction') === model.stages
      ? ['deconstruction']
      : ['deconstruction', 'reconstruction'];
  return parts.flatMap((part) =>
    incidentSteps(model, part, 0).flatMap((step) =>
      step.cueCards.map((question) => ({ model: model.name, step: step.title, question })),
    ),
  );
}

/** The models the series' incidents use; the default when none is chosen yet. */
export function modelsOfSeries(input: KitInput): ReflectionModel[] {
  const ids = new Set(input.workshops.map((w) => w.id));
  const used = new Set(
    input.incidents.filter((i) => i.workshopId && ids.has(i.workshopId)).map((i) => modelOf(i)),
  );
  return used.size ? [...used] : [modelOf(undefined)];
}

/** Items in runs of `size`, one run for each sheet. */
export function perSheet<T>(items: readonly T[], size: number): T[][] {
  const sheets: T[][] = [];
  for (let at = 0; at < items.length; at += size) sheets.push(items.slice(at, at + size));
  return sheets;
}
