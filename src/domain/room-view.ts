// What the room display shows besides the clock: the step the group is on and its rule, the
// cue card the facilitator chose to show, and whether the display is quiet. Built only from
// phase and step titles, the model's rules and its generic cue cards: nothing anyone typed,
// and nothing at all while the tablet is passed round. Pure: no storage, no DOM.
import { phaseSteps } from './incident-steps';
import type { AgendaItemKind, Incident, RoomDisplayChoice, RunPhase, RunRecord } from './types';

export interface RoomView {
  step: { title: string; rule: string } | null;
  /** The cue card on show, if the facilitator chose one for the current step. */
  card: string | null;
  /** Quiet: no overrun figure, no warning colours; at most a small, calm time left. */
  isQuiet: boolean;
  /** The tablet is being passed round: the display says so, and shows nothing else. */
  isPassRound: boolean;
}

/** Check-in and quiet reflection are no time for a big red overrun figure. */
const QUIET_BY_DEFAULT: readonly AgendaItemKind[] = ['catch-up', 'reflection'];

const NO_CHOICE: RoomDisplayChoice = { quiet: {}, card: null };

export function roomChoiceOf(record: Pick<RunRecord, 'roomDisplay'>): RoomDisplayChoice {
  return record.roomDisplay ?? NO_CHOICE;
}

export function isQuietPhase(record: Pick<RunRecord, 'roomDisplay'>, phase: RunPhase): boolean {
  return roomChoiceOf(record).quiet[phase.id] ?? QUIET_BY_DEFAULT.includes(phase.kind);
}

export function withQuiet(
  record: Pick<RunRecord, 'roomDisplay'>,
  phaseId: string,
  isQuiet: boolean,
): RoomDisplayChoice {
  const choice = roomChoiceOf(record);
  return { ...choice, quiet: { ...choice.quiet, [phaseId]: isQuiet } };
}

export function withCard(
  record: Pick<RunRecord, 'roomDisplay'>,
  card: RoomDisplayChoice['card'],
): RoomDisplayChoice {
  return { ...roomChoiceOf(record), card };
}

export function roomViewOf(record: RunRecord, incidents: readonly Incident[]): RoomView {
  const phase = record.timing.phases[record.timing.currentIndex];
  if (record.passRound) return { step: null, card: null, isQuiet: true, isPassRound: true };
  if (!phase) return { step: null, card: null, isQuiet: false, isPassRound: false };
  const isQuiet = isQuietPhase(record, phase);
  if (phase.kind !== 'incident') return { step: null, card: null, isQuiet, isPassRound: false };
  const { steps, at } = phaseSteps(record, phase, incidents);
  const step = steps[at]!;
  const chosen = roomChoiceOf(record).card;
  const isChosenHere = chosen?.phaseId === phase.id && chosen.stepId === step.id;
  return {
    step: { title: step.title, rule: step.rule },
    card: isChosenHere && step.cueCards.includes(chosen.text) ? chosen.text : null,
    isQuiet,
    isPassRound: false,
  };
}
