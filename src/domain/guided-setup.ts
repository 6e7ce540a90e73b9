// The guided set-up of a new group, one step at a time: which steps there are, what each
// needs before the next can follow, and where someone arriving part-way through (a reload,
// an old address) must begin. The screens word the problems; here they are data.
import { addDays, isIsoDate, weekdayOf } from './calendar';
import type { IsoDate, Member } from './types';

export const SETUP_STEPS = [
  'name',
  'members',
  'workshops',
  'turns',
  'agreements',
  'review',
] as const;

export type SetupStep = (typeof SETUP_STEPS)[number];

/** What the steps ask for that must not be left empty. */
export interface SetupEntries {
  name: string;
  /** The facilitator's own display name or initials. */
  facilitator: string;
  startDate: string;
  startTime: string;
  groundRules: string;
  confidentiality: string;
}

export type SetupProblem =
  | 'no-name'
  | 'no-facilitator'
  | 'no-start-date'
  | 'no-start-time'
  | 'no-ground-rules'
  | 'no-confidentiality';

const isBlank = (text: string) => text.trim() === '';

/** What stops a step from being done, in the order its fields come; none when it is. */
export function stepProblems(step: SetupStep, entries: SetupEntries): SetupProblem[] {
  const problems: [boolean, SetupProblem][] = (() => {
    switch (step) {
      case 'name':
        return [[isBlank(entries.name), 'no-name']];
      case 'members':
        return [[isBlank(entries.facilitator), 'no-facilitator']];
      case 'workshops':
        return [
          [!isIsoDate(entries.startDate), 'no-start-date'],
          [!/^\d{2}:\d{2}$/.test(entries.startTime), 'no-start-time'],
        ];
      case 'agreements':
        return [
          [isBlank(entries.groundRules), 'no-ground-rules'],
          [isBlank(entries.confidentiality), 'no-confidentiality'],
        ];
      default:
        // Turns may be left undecided, and the review only shows what the others hold.
        return [];
    }
  })();
  return problems.filter(([isProblem]) => isProblem).map(([, problem]) => problem);
}

/** The step an address names, or the first for anything else. */
export function setupStepOf(slug: string | undefined): SetupStep {
  return SETUP_STEPS.find((step) => step === slug) ?? SETUP_STEPS[0];
}

/** Where someone asking for `wanted` begins: the first step before it still to be done. */
export function firstStepToFinish(wanted: SetupStep, entries: SetupEntries): SetupStep {
  const earlier = SETUP_STEPS.slice(0, SETUP_STEPS.indexOf(wanted));
  return earlier.find((step) => stepProblems(step, entries).length > 0) ?? wanted;
}

/** The step after (or before) this one; none past either end. */
export function neighbourStep(step: SetupStep, direction: 1 | -1): SetupStep | undefined {
  return SETUP_STEPS[SETUP_STEPS.indexOf(step) + direction];
}

/**
 * Members made again from edited names keep the ids they had (matched by display name), so
 * a turn chosen for someone stays theirs when another name is added or changed.
 */
export function keepMemberIds<M extends Pick<Member, 'id' | 'displayName'>>(
  members: readonly M[],
  earlier: readonly Pick<Member, 'id' | 'displayName'>[],
): M[] {
  const idOf = new Map(earlier.map((member) => [member.displayName, member.id]));
  return members.map((member) => {
    const id = idOf.get(member.displayName);
    return id ? { ...member, id } : member;
  });
}

/** Two weeks' notice: time to clear diaries and to read before the first workshop. */
const NOTICE_DAYS = 14;

/** The first workshop's proposed date: two weeks from today, moved off a weekend to the Monday. */
export function proposedFirstDate(today: IsoDate): IsoDate {
  const date = addDays(today, NOTICE_DAYS);
  const weekday = weekdayOf(date);
  return weekday >= 5 ? addDays(date, 7 - weekday) : date;
}
