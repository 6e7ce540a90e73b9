// A draft CPD record in the shape social workers in England submit to their regulator
// each year, drafted from a workshop and the journal entries the user picks, for them to
// edit and copy. Nothing is sent anywhere.
import { answeredStages, type JournalEntry } from './journal';
import type { RecordId } from './types';

export interface CpdDraft {
  activityType: string;
  description: string;
  date: string;
  learnt: string;
  impact: string;
  peerLearning: string;
}

/**
 * The writer's work on a CPD record: the workshop and entries it draws on, and every field
 * they have typed into (which then stays as typed, whatever is chosen after).
 */
export interface CpdWork {
  workshopId: string;
  entryIds: RecordId[];
  edits: Partial<CpdDraft>;
}

export const EMPTY_CPD_WORK: CpdWork = { workshopId: '', entryIds: [], edits: {} };

/** True when nothing has been chosen or typed yet: nothing worth keeping. */
export function isBlankCpdWork(work: CpdWork): boolean {
  return !work.workshopId && work.entryIds.length === 0 && Object.keys(work.edits).length === 0;
}

/** Stages whose answers speak to what was learnt, and to what will change. */
const LEARNT_STAGES = ['learning', 'conclusion', 'so-what', 'analysis', 'issues', 'reflexivity'];
const IMPACT_STAGES = [
  'action-plan',
  'now-what',
  'reconstruction-practice',
  'reconstruction-thinking',
  'outcomes',
  'on-action',
];
const PEER_STAGES = ['colleagues'];

function collect(entries: readonly JournalEntry[], stageIds: readonly string[]): string {
  return entries
    .flatMap((entry) => stageIds.map((id) => entry.answers[id]?.trim() ?? ''))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A draft from the entries picked: what was learnt, its impact and peer learning are the
 * writer's own answers; the activity, description and date come worded by the screen.
 */
export function draftCpd(input: {
  activityType: string;
  description: string;
  date: string;
  entries: readonly JournalEntry[];
}): CpdDraft {
  const { entries } = input;
  const fallback = entries
    .flatMap((entry) => answeredStages(entry).map((stage) => stage.text))
    .join('\n\n');
  return {
    activityType: input.activityType,
    description: input.description,
    date: input.date,
    learnt: collect(entries, LEARNT_STAGES) || fallback,
    impact: collect(entries, IMPACT_STAGES),
    peerLearning: collect(entries, PEER_STAGES),
  };
}
