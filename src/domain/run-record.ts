// A run's record as data: how a new one starts, and what the session record and the
// follow-up view show (planned against actual, phase by phase). Pure: no storage, no DOM.
import { AGENDA_KIND_TITLES, defaultAgenda } from './agenda';
import { newId, type IdGenerator } from './ids';
import { phaseSteps } from './incident-steps';
import { createTiming, phaseElapsedMs } from './run-timer';
import { stepActuals, stepMarksOf, type StepActual } from './step-timing';
import { deviceTimeZone } from './time-zone';
import { zonedToUtc } from './zoned-instant';
import type {
  AgendaItem,
  EpochMs,
  Incident,
  IncidentId,
  RunId,
  RunRecord,
  Workshop,
  WorkshopId,
} from './types';

export interface NewRun {
  workshop: Workshop | null;
  title: string;
  /** The agenda to run; the workshop's, or the default one for an ad-hoc workshop. */
  agenda?: readonly AgendaItem[];
  /** The group's time zone: the workshop's date and start time are wall-clock times there. */
  timeZone?: string;
}

export function newRunRecord(
  { workshop, title, agenda, timeZone = deviceTimeZone() }: NewRun,
  now: EpochMs,
  generateId?: IdGenerator,
): RunRecord {
  const items = agenda ?? workshop?.agenda ?? defaultAgenda(generateId);
  return {
    id: newId<RunId>(generateId),
    workshopId: workshop?.id ?? null,
    groupId: workshop?.groupId ?? null,
    seriesId: workshop?.seriesId ?? null,
    title,
    status: 'ready',
    timing: createTiming(
      items.length > 0 ? items : defaultAgenda(generateId),
      workshop ? zonedToUtc(workshop.date, workshop.startTime, timeZone) : null,
      timeZone,
    ),
    attendance: [],
    themes: '',
    notes: {},
    steps: {},
    checkIn: null,
    questionnaire: [],
    carriedIncidentIds: [],
    createdAt: now,
    updatedAt: now,
  };
}

export interface PhaseActual {
  id: string;
  title: string;
  plannedMinutes: number;
  /** Minutes the phase actually ran (zero if skipped). */
  actualMinutes: number;
}

/** Planned against actual minutes of every phase, rounded to a tenth of a minute. */
export function plannedAgainstActual(record: RunRecord, now: EpochMs): PhaseActual[] {
  return record.timing.phases.map((phase) => ({
    id: phase.id,
    title: phase.title,
    plannedMinutes: phase.plannedMinutes,
    actualMinutes: Math.round(phaseElapsedMs(phase, now) / 6_000) / 10,
  }));
}

export interface IncidentStepTimes {
  phaseId: string;
  title: string;
  steps: StepActual[];
}

/**
 * Planned against actual minutes of each step of every incident phase that ran: step titles
 * (the model's) and times only, nothing anyone said.
 */
export function incidentStepTimes(
  record: RunRecord,
  incidents: readonly Incident[],
  now: EpochMs,
): IncidentStepTimes[] {
  return record.timing.phases
    .filter((phase) => phase.kind === 'incident' && phase.firstStartedAt !== null)
    .map((phase) => ({
      phaseId: phase.id,
      title: phase.title,
      steps: stepActuals(
        phaseSteps(record, phase, incidents).steps,
        stepMarksOf(record, phase.id),
        phase,
        now,
      ),
    }));
}

/** Themes as a list: one a line, blanks dropped. */
export function themesOf(record: Pick<RunRecord, 'themes'>): string[] {
  return record.themes
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The follow-up's view of where time went: planned and actual minutes per kind of phase,
 * across every workshop of a series, whatever each phase was called on the day (an incident
 * slot titled after its incident, a renamed catch-up). Items of the group's own ("custom")
 * are kept apart by title. In the order they first appear.
 */
export function timeByPhaseKind(records: readonly RunRecord[], now: EpochMs): PhaseActual[] {
  const totals = new Map<string, PhaseActual>();
  for (const record of records) {
    const actuals = plannedAgainstActual(record, now);
    record.timing.phases.forEach((phase, i) => {
      const row = actuals[i]!;
      const key = phase.kind === 'custom' ? `custom:${phase.title}` : phase.kind;
      const title = phase.kind === 'custom' ? phase.title : AGENDA_KIND_TITLES[phase.kind];
      const sum = totals.get(key) ?? { id: key, title, plannedMinutes: 0, actualMinutes: 0 };
      sum.plannedMinutes += row.plannedMinutes;
      sum.actualMinutes = Math.round((sum.actualMinutes + row.actualMinutes) * 10) / 10;
      totals.set(key, sum);
    });
  }
  return [...totals.values()];
}

/**
 * The incident taken up again at the next workshop for its second stage (reconstruction),
 * linked to the one held now.
 */
export function carriedIncident(
  incident: Incident,
  nextWorkshopId: WorkshopId,
  now: EpochMs,
  generateId?: IdGenerator,
): Incident {
  return {
    ...incident,
    id: newId<IncidentId>(generateId),
    workshopId: nextWorkshopId,
    stage: 'reconstruction',
    carriedFromId: incident.id,
    createdAt: now,
    updatedAt: now,
  };
}
