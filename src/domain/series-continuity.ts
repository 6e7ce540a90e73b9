// What holds a series together from one workshop to the next: what happened last time (its
// themes, what the questionnaire said and what the facilitator changed in response), the
// incident carried from it, and each incident's two parts read as one. Pure: the screens
// bring the workshops, runs and incidents.
import { phaseSteps } from './incident-steps';
import type { Incident, IncidentId, RunRecord, Workshop } from './types';
import { themesOf } from './run-record';

/** A series' workshops in the order they are held: by date, then position. */
const inSeriesOrder = (a: Workshop, b: Workshop) =>
  a.date.localeCompare(b.date) || a.position - b.position;

/** The other workshops of the same series, in order. */
function othersInSeries(workshops: readonly Workshop[], current: Workshop): Workshop[] {
  return workshops
    .filter((w) => w.id !== current.id && w.seriesId === current.seriesId)
    .sort(inSeriesOrder);
}

/** The series' workshop before this one, if there is one. */
export function workshopBefore(
  workshops: readonly Workshop[],
  current: Workshop,
): Workshop | undefined {
  return othersInSeries(workshops, current)
    .filter((w) => inSeriesOrder(w, current) < 0)
    .at(-1);
}

/** The series' next workshop after this one, if there is one. */
export function nextWorkshopAfter(
  workshops: readonly Workshop[],
  current: Workshop,
): Workshop | undefined {
  return othersInSeries(workshops, current).find((w) => inSeriesOrder(w, current) > 0);
}

/** The finished run of a workshop: its record. The latest, if it was run twice. */
function recordOf(
  workshop: Pick<Workshop, 'id'>,
  runs: readonly RunRecord[],
): RunRecord | undefined {
  return runs
    .filter((run) => run.workshopId === workshop.id && run.status === 'finished')
    .sort((a, b) => (b.timing.finishedAt ?? 0) - (a.timing.finishedAt ?? 0))[0];
}

/** How many people answered a run's questionnaire (an answer with anything written). */
export function answerCount(record: Pick<RunRecord, 'questionnaire'>): number {
  return record.questionnaire.filter((answers) =>
    Object.values(answers).some((text) => text?.trim()),
  ).length;
}

export interface LastTime {
  workshop: Workshop;
  /** Its record; undefined when it was not run (missed, or not yet recorded). */
  record: RunRecord | undefined;
  themes: string[];
  answers: number;
  /** What the facilitator heard in the questionnaire, and will change. */
  heard: string;
  changes: string;
}

/** What the catch-up brings back from the workshop before this one. */
export function lastTime(
  current: Workshop,
  workshops: readonly Workshop[],
  runs: readonly RunRecord[],
): LastTime | undefined {
  const workshop = workshopBefore(workshops, current);
  if (!workshop) return undefined;
  const record = recordOf(workshop, runs);
  return {
    workshop,
    record,
    themes: record ? themesOf(record) : [],
    answers: record ? answerCount(record) : 0,
    heard: record?.questionnaireResponse?.heard.trim() ?? '',
    changes: record?.questionnaireResponse?.changes.trim() ?? '',
  };
}

/** The group notes kept while an incident's phase ran, in whichever run held it. */
export function notesOfIncident(incidentId: IncidentId, runs: readonly RunRecord[]): string {
  for (const run of runs) {
    const phase = run.timing.phases.find((p) => p.incidentId === incidentId);
    const notes = phase && run.notes[phase.id]?.trim();
    if (notes) return notes;
  }
  return '';
}

/** An incident's two parts as one: the first telling and, once carried, its reconstruction. */
export interface IncidentThread {
  first: Incident;
  second: Incident | undefined;
  /** The name the presenter gave it at reconstruction, if any. */
  newTitle: string;
}

/** Every incident of a set, each carried one joined to the one it came from. */
export function incidentThreads(incidents: readonly Incident[]): IncidentThread[] {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const seconds = new Map<IncidentId, Incident>();
  for (const incident of incidents) {
    if (incident.carriedFromId && byId.has(incident.carriedFromId)) {
      seconds.set(incident.carriedFromId, incident);
    }
  }
  return incidents
    .filter((i) => !(i.carriedFromId && byId.has(i.carriedFromId)))
    .map((first) => {
      const second = seconds.get(first.id);
      return { first, second, newTitle: second?.newTitle?.trim() ?? '' };
    });
}

/** One incident as the session record names it. */
export interface RecordedIncident {
  phaseId: string;
  incident: Incident | undefined;
  /** The model's step the group reached, 1-based, of how many. */
  stepReached: number;
  stepCount: number;
  stepTitle: string;
  isCarried: boolean;
  /** Whether its phase ran at all (a skipped or unreached phase reached no step). */
  wasHeld: boolean;
}

/** Each incident phase of a record: which incident, how far the group got, carried or not. */
export function recordedIncidents(
  record: RunRecord,
  incidents: readonly Incident[],
): RecordedIncident[] {
  return record.timing.phases
    .filter((phase) => phase.kind === 'incident')
    .map((phase) => {
      const { incident, steps, at } = phaseSteps(record, phase, incidents);
      return {
        phaseId: phase.id,
        incident,
        stepReached: at + 1,
        stepCount: steps.length,
        stepTitle: steps[at]?.title ?? '',
        isCarried: Boolean(incident && record.steps[`carried:${incident.id}`] === 1),
        wasHeld: phase.firstStartedAt !== null && !phase.isSkipped,
      };
    });
}

/** "Jo Kim" → "JK"; initials already ("JK") stay as they are. */
export function initialsOf(displayName: string): string {
  const words = displayName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 1 && /^\p{Lu}{1,3}$/u.test(words[0]!)) return words[0]!;
  return words.map((word) => word[0]!.toUpperCase()).join('');
}
