// Action cards as plain data, and their rules: at most three actions, follow-ups (how far
// did I get, what helped, what hindered), when a card is due, and a short progress summary.
// Cards only ever reach storage sealed (vault/); nothing here knows about keys or time
// beyond the dates it is given.
import type { EpochMs, IsoDate, RecordId, WorkshopId } from './types';

/** The groups we model asked for up to three actions: few enough to follow up for real. */
export const MAX_ACTIONS = 3;

export const PROGRESS_LEVELS = ['not-started', 'some-way', 'mostly', 'done'] as const;
export type Progress = (typeof PROGRESS_LEVELS)[number];

/** One look back at an action: when, how far it got, and what helped or hindered. */
export interface FollowUp {
  on: IsoDate;
  progress: Progress;
  helped: string;
  hindered: string;
}

export interface CardAction {
  id: string;
  text: string;
  byWhen: IsoDate | null;
  /** Oldest first; the last one is where the action stands. */
  followUps: FollowUp[];
}

export interface ActionCard {
  id: RecordId;
  date: IsoDate;
  /** What I want to change, in a line. */
  heading: string;
  workshopId: WorkshopId | null;
  actions: CardAction[];
  /** When to look at the card again, if the owner set a date. */
  nextFollowUpOn: IsoDate | null;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

/** A fourth action was asked for; the card keeps its three. */
export class TooManyActionsError extends Error {
  override name = 'TooManyActionsError';
  constructor() {
    super(`A card holds at most ${MAX_ACTIONS} actions.`);
  }
}

export function makeCard(input: {
  id: RecordId;
  date: IsoDate;
  now: EpochMs;
  workshopId?: WorkshopId | null;
  newActionId: () => string;
}): ActionCard {
  return {
    id: input.id,
    date: input.date,
    heading: '',
    workshopId: input.workshopId ?? null,
    actions: [makeAction(input.newActionId())],
    nextFollowUpOn: null,
    createdAt: input.now,
    updatedAt: input.now,
  };
}

function makeAction(id: string): CardAction {
  return { id, text: '', byWhen: null, followUps: [] };
}

export function canAddAction(card: Pick<ActionCard, 'actions'>): boolean {
  return card.actions.length < MAX_ACTIONS;
}

/** The card with one more (empty) action; throws rather than hold a fourth. */
export function addAction(card: ActionCard, id: string): ActionCard {
  if (!canAddAction(card)) throw new TooManyActionsError();
  return { ...card, actions: [...card.actions, makeAction(id)] };
}

export function updateAction(
  card: ActionCard,
  actionId: string,
  change: Partial<Omit<CardAction, 'id'>>,
): ActionCard {
  return {
    ...card,
    actions: card.actions.map((a) => (a.id === actionId ? { ...a, ...change } : a)),
  };
}

export function removeAction(card: ActionCard, actionId: string): ActionCard {
  return { ...card, actions: card.actions.filter((a) => a.id !== actionId) };
}

/**
 * Puts a removed action back where it was (or at the end, if fewer actions are left), with
 * its follow-ups. Throws rather than hold a fourth; a card that has it already is unchanged.
 */
export function restoreAction(card: ActionCard, action: CardAction, index: number): ActionCard {
  if (card.actions.some((a) => a.id === action.id)) return card;
  if (!canAddAction(card)) throw new TooManyActionsError();
  const actions = [...card.actions];
  actions.splice(Math.min(Math.max(index, 0), actions.length), 0, action);
  return { ...card, actions };
}

/** Records a follow-up; a second one on the same day replaces the first. */
export function recordFollowUp(card: ActionCard, actionId: string, followUp: FollowUp): ActionCard {
  return {
    ...card,
    actions: card.actions.map((a) =>
      a.id === actionId
        ? {
            ...a,
            followUps: [...a.followUps.filter((f) => f.on !== followUp.on), followUp].sort((x, y) =>
              x.on.localeCompare(y.on),
            ),
          }
        : a,
    ),
  };
}

/** Moves an action's follow-up to another day (replacing any already on that day). */
export function moveFollowUp(
  card: ActionCard,
  actionId: string,
  from: IsoDate,
  to: IsoDate,
): ActionCard {
  const action = card.actions.find((a) => a.id === actionId);
  const followUp = action?.followUps.find((f) => f.on === from);
  if (!action || !followUp || from === to) return card;
  const without = updateAction(card, actionId, {
    followUps: action.followUps.filter((f) => f.on !== from),
  });
  return recordFollowUp(without, actionId, { ...followUp, on: to });
}

function latestFollowUp(action: CardAction): FollowUp | null {
  return action.followUps[action.followUps.length - 1] ?? null;
}

export function progressOf(action: CardAction): Progress {
  return latestFollowUp(action)?.progress ?? 'not-started';
}

/** The actions with something written in them; blank rows are not actions yet. */
export function writtenActions(card: Pick<ActionCard, 'actions'>): CardAction[] {
  return card.actions.filter((a) => a.text.trim() !== '');
}

export function isBlankCard(card: ActionCard): boolean {
  return !card.heading.trim() && writtenActions(card).length === 0;
}

/** The day the card was last followed up, or null if never. */
export function lastFollowedUpOn(card: Pick<ActionCard, 'actions'>): IsoDate | null {
  let last: IsoDate | null = null;
  for (const action of card.actions) {
    const on = latestFollowUp(action)?.on;
    if (on && (!last || on > last)) last = on;
  }
  return last;
}

/** Done when it has actions and every one of them is done. */
export function isCardDone(card: Pick<ActionCard, 'actions'>): boolean {
  const actions = writtenActions(card);
  return actions.length > 0 && actions.every((a) => progressOf(a) === 'done');
}

type DueLevel = 'overdue' | 'due' | 'upcoming' | 'none';

export interface DueStatus {
  level: DueLevel;
  /** The date that makes it so (for ordering and to show), or null for 'none'. */
  date: IsoDate | null;
  reason: 'by-when' | 'follow-up-date' | 'workshop' | null;
}

const DUE_RANK: Record<DueLevel, number> = { overdue: 0, due: 1, upcoming: 2, none: 3 };

/**
 * Whether an open card wants following up. Overdue: an unfinished action's "by when" has
 * passed. Due: a "by when" is today, the chosen follow-up date has come, or a workshop has
 * happened since the card (or its last follow-up), the natural time to look back.
 * Upcoming: the earliest of those dates still ahead.
 */
export function dueStatus(
  card: ActionCard,
  today: IsoDate,
  workshopDates: readonly IsoDate[],
): DueStatus {
  const last = lastFollowedUpOn(card);
  const unfinished = writtenActions(card).filter((a) => progressOf(a) !== 'done');
  const candidates: { date: IsoDate; reason: NonNullable<DueStatus['reason']> }[] = [];
  for (const action of unfinished) {
    if (action.byWhen) candidates.push({ date: action.byWhen, reason: 'by-when' });
  }
  if (card.nextFollowUpOn && (!last || last < card.nextFollowUpOn)) {
    candidates.push({ date: card.nextFollowUpOn, reason: 'follow-up-date' });
  }
  const since = last && last > card.date ? last : card.date;
  const workshop = [...workshopDates].sort().find((date) => date > since);
  if (workshop) candidates.push({ date: workshop, reason: 'workshop' });

  if (unfinished.length === 0 || candidates.length === 0) {
    return { level: 'none', date: null, reason: null };
  }
  const overdue = candidates
    .filter((c) => c.reason === 'by-when' && c.date < today)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (overdue) return { level: 'overdue', ...overdue };
  const due = candidates
    .filter((c) => c.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (due) return { level: 'due', ...due };
  const next = candidates.sort((a, b) => a.date.localeCompare(b.date))[0]!;
  return { level: 'upcoming', ...next };
}

export interface SortedCards {
  /** Overdue first, then due, then by the next date, then the rest newest first. */
  open: { card: ActionCard; due: DueStatus }[];
  /** Newest first. */
  done: ActionCard[];
}

/**
 * The workshops that can make a card due: those of the linked workshop's group, or every
 * workshop on this device when the card is not linked (or its group is gone).
 */
export function workshopDatesFor(
  card: Pick<ActionCard, 'workshopId'>,
  workshops: readonly { id: string; groupId: string | null; date: IsoDate }[],
): IsoDate[] {
  const linked = workshops.find((w) => w.id === card.workshopId);
  const relevant = linked?.groupId
    ? workshops.filter((w) => w.groupId === linked.groupId)
    : workshops;
  return relevant.map((w) => w.date);
}

export function sortCards(
  cards: readonly ActionCard[],
  today: IsoDate,
  workshopDates: readonly IsoDate[] | ((card: ActionCard) => readonly IsoDate[]),
): SortedCards {
  const datesFor = typeof workshopDates === 'function' ? workshopDates : () => workshopDates;
  const open: SortedCards['open'] = [];
  const done: ActionCard[] = [];
  for (const card of cards) {
    if (isCardDone(card)) done.push(card);
    else open.push({ card, due: dueStatus(card, today, datesFor(card)) });
  }
  open.sort(
    (a, b) =>
      DUE_RANK[a.due.level] - DUE_RANK[b.due.level] ||
      (a.due.date ?? '').localeCompare(b.due.date ?? '') ||
      newestFirst(a.card, b.card),
  );
  done.sort(newestFirst);
  return { open, done };
}

function newestFirst(a: ActionCard, b: ActionCard): number {
  return b.date.localeCompare(a.date) || b.createdAt - a.createdAt;
}

export interface ProgressSummary {
  total: number;
  counts: Record<Progress, number>;
  /** 0 to 100: not started 0, some way a third, mostly two thirds, done all. */
  percent: number;
}

export function progressSummary(card: Pick<ActionCard, 'actions'>): ProgressSummary {
  const actions = writtenActions(card);
  const counts: Record<Progress, number> = { 'not-started': 0, 'some-way': 0, mostly: 0, done: 0 };
  for (const action of actions) counts[progressOf(action)] += 1;
  const score = actions.reduce((sum, a) => sum + PROGRESS_LEVELS.indexOf(progressOf(a)), 0);
  const percent = actions.length ? Math.round((score / (actions.length * 3)) * 100) : 0;
  return { total: actions.length, counts, percent };
}
