// How the critical-incident phase is held, step by step, the way critical reflection groups
// hold it: the presenter tells the incident uninterrupted; listeners ask questions, not
// advice; the model's stages one at a time, each with its share of the time and its cue
// cards; then the presenter only listens while the group reflects aloud.
import type { ReflectionModel, ReflectionStage } from './reflection-models/types';
import type { IncidentStage } from './types';

type IncidentStepKind = 'telling' | 'questions' | 'stage' | 'listening';

export interface IncidentStep {
  id: string;
  kind: IncidentStepKind;
  title: string;
  /** What to do in this step, in a sentence. */
  guidance: string;
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

/** True when the model keeps a second part for the next workshop. */
export function canCarryForward(model: ReflectionModel, part: IncidentStage): boolean {
  return part === 'deconstruction' && stagesForPart(model, 'reconstruction') !== model.stages;
}

export function incidentSteps(
  model: ReflectionModel,
  part: IncidentStage,
  phaseMinutes: number,
): IncidentStep[] {
  const stages = stagesForPart(model, part);
  const modelMinutes = phaseMinutes * (1 - TELLING_SHARE - QUESTIONS_SHARE - LISTENING_SHARE);
  const totalWeight = stages.reduce((sum, stage) => sum + stage.weight, 0) || 1;
  const isReconstruction = part === 'reconstruction';
  return [
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
      title: 'Questions, not advice',
      guidance:
        'Listeners ask questions that help the presenter look again — not advice, not even “have you thought of…”.',
      minutes: Math.round(phaseMinutes * QUESTIONS_SHARE),
      cueCards: [],
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
      title: 'The presenter listens',
      guidance:
        'The group reflects aloud on what it heard, while the presenter only listens. Then the presenter has the last word.',
      minutes: Math.round(phaseMinutes * LISTENING_SHARE),
      cueCards: [],
    },
  ];
}
