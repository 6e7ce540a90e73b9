// How the critical-incident phase is held, step by step, the way critical reflection groups
// hold it: the presenter tells the incident uninterrupted; listeners ask questions, not
// advice; the model's stages one at a time, each with its share of the time and its cue
// cards; then the presenter only listens while the group reflects aloud.
import { DEFAULT_INCIDENT_MODEL_ID, findModel } from './reflection-models/registry';
import type { ReflectionModel, ReflectionStage } from './reflection-models/types';
import type { Incident, IncidentStage, RunPhase, RunRecord } from './types';

type IncidentStepKind = 'telling' | 'questions' | 'stage' | 'listening';

/**
 * The rule that holds for the whole of a step, from what happens in it: while the presenter
 * tells, everyone listens; while listeners question (the questions step and every stage of
 * the model), questions, not advice; while the group reflects aloud, the presenter listens.
 */
const RULE_OF_KIND: Record<IncidentStepKind, string> = {
  telling: 'No interruptions',
  questions: 'Questions, not advice',
  stage: 'Questions, not advice',
  listening: 'The presenter listens',
};

export interface IncidentStep {
  id: string;
  kind: IncidentStepKind;
  title: string;
  /** What to do in this step, in a sentence. */
  guidance: string;
  /** The rule that holds throughout the step, shown for as long as it lasts. */
  rule: string;
  /** Its share of the phase, in whole minutes. */
  minutes: number;
  cueCards: string[];
}

/** Shares of the phase: the rest goes to the model's stages, by their weights. */
const TELLING_SHARE = 0.15;
const QUESTIONS_SHARE = 0.1;
const LISTENING_SHARE = 0.2;

/** The model's stages held in this part: the first part, or the second (reconstruction). */
export function stagesForPart(model: ReflectionModel, part: IncidentStage): ReflectionStage[] {
  const split = model.secondPartFrom
    ? model.stages.findIndex((stage) => stage.id === model.secondPartFrom)
    : -1;
  if (split <= 0) return model.stages;
  return part === 'reconstruction' ? model.stages.slice(split) : model.stages.slice(0, split);
}

/** The stages the group holds with questions in this part (see ReflectionStage.groupUse). */
function groupStages(model: ReflectionModel, part: IncidentStage): ReflectionStage[] {
  return stagesForPart(model, part).filter((stage) => !stage.groupUse);
}

/** The stages that draw out actions: the presenter's alone, in individual reflection. */
export function presenterStages(model: ReflectionModel, part: IncidentStage): ReflectionStage[] {
  return stagesForPart(model, part).filter((stage) => stage.groupUse === 'presenter');
}

/** True when the model keeps a second part for the next workshop. */
export function canCarryForward(model: ReflectionModel, part: IncidentStage): boolean {
  return part === 'deconstruction' && stagesForPart(model, 'reconstruction') !== model.stages;
}

export function incidentSteps(
  model: ReflectionModel,
  part: IncidentStage,
  phaseMinutes: number,
): IncidentStep[] {
  const stages = groupStages(model, part);
  // The telling stands for the model's account stage: its cards become the listeners' first
  // questions, to draw the account out rather than to hear it twice.
  const accountCards = stagesForPart(model, part)
    .filter((stage) => stage.groupUse === 'told')
    .flatMap((stage) => stage.cueCards);
  const modelMinutes = phaseMinutes * (1 - TELLING_SHARE - QUESTIONS_SHARE - LISTENING_SHARE);
  const totalWeight = stages.reduce((sum, stage) => sum + stage.weight, 0) || 1;
  const isReconstruction = part === 'reconstruction';
  const steps: Omit<IncidentStep, 'rule'>[] = [
    {
      id: 'telling',
      kind: 'telling',
      title: isReconstruction ? 'The presenter looks back' : 'The presenter tells the incident',
      guidance: isReconstruction
        ? 'The presenter says, uninterrupted, what has stayed with them since the last workshop.'
        : 'The presenter tells the incident without interruption. Everyone else listens.',
      minutes: Math.round(phaseMinutes * TELLING_SHARE),
      cueCards: [],
    },
    {
      id: 'questions',
      kind: 'questions',
      title: 'Listeners ask questions',
      guidance:
        'Listeners ask questions that help the presenter look again — not advice, not even “have you thought of…”.',
      minutes: Math.round(phaseMinutes * QUESTIONS_SHARE),
      cueCards: accountCards,
    },
    ...stages.map((stage) => ({
      id: `stage-${stage.id}`,
      kind: 'stage' as const,
      title: stage.title,
      guidance: stage.prompt,
      minutes: Math.round((modelMinutes * stage.weight) / totalWeight),
      cueCards: stage.cueCards,
    })),
    {
      id: 'listening',
      kind: 'listening',
      title: 'The group reflects aloud',
      guidance:
        'The group reflects aloud on what it heard, while the presenter only listens. Then the presenter has the last word.',
      minutes: Math.round(phaseMinutes * LISTENING_SHARE),
      cueCards: [],
    },
  ];
  return steps.map((step) => ({ ...step, rule: RULE_OF_KIND[step.kind] }));
}

/** The incident a phase holds, its model and its steps, with the step the group is on. */
export interface PhaseSteps {
  incident: Incident | undefined;
  model: ReflectionModel;
  part: IncidentStage;
  steps: IncidentStep[];
  /** Index of the current step. */
  at: number;
}

/**
 * The steps of an incident phase as they stand: shares of the phase's time as allotted now
 * (the plan, or after a rebalance), so the steps still add up to the phase.
 */
export function phaseSteps(
  record: Pick<RunRecord, 'steps' | 'timing'>,
  phase: RunPhase,
  incidents: readonly Incident[],
): PhaseSteps {
  const incident = findIncident(phase.incidentId, incidents, record);
  const model = findModel(incident?.modelId ?? '') ?? findModel(DEFAULT_INCIDENT_MODEL_ID)!;
  const part = incident?.stage ?? 'deconstruction';
  const steps = incidentSteps(model, part, Math.round(phase.allottedMs / 60_000));
  const at = Math.max(0, Math.min(record.steps[phase.id] ?? 0, steps.length - 1));
  return { incident, model, part, steps, at };
}

/** The phase's incident; else one of the workshop's incidents that is in no slot. */
function findIncident(
  id: Incident['id'] | undefined,
  incidents: readonly Incident[],
  record: Pick<RunRecord, 'timing'>,
): Incident | undefined {
  if (id) return incidents.find((incident) => incident.id === id);
  const slotted = new Set(record.timing.phases.map((p) => p.incidentId).filter(Boolean));
  return incidents.find((incident) => !slotted.has(incident.id));
}
