// Agenda arithmetic: the four phases every workshop has, their minutes and clock times.
import { newId, type IdGenerator } from './ids';
import type { AgendaItem, AgendaItemKind, LocalTime } from './types';

export const DEFAULT_WORKSHOP_MINUTES = 240;

/** Titles of each kind of agenda item, as the app shows them. */
export const AGENDA_KIND_TITLES: Record<AgendaItemKind, string> = {
  'catch-up': 'Catch-up',
  literature: 'Literature discussion',
  incident: 'Critical incident',
  reflection: 'Individual reflection and review',
  break: 'Break',
  custom: 'Other',
};

/** The four phases, always in this order in the groups we model. */
export const CORE_PHASES: readonly AgendaItemKind[] = [
  'catch-up',
  'literature',
  'incident',
  'reflection',
];

/**
 * Individual reflection: the quiet time people most need, and the first a squeezed workshop
 * loses. Nothing takes time from it unless the facilitator says so, in planning or in a run.
 */
export function isProtectedFromCuts(kind: AgendaItemKind): boolean {
  return kind === 'reflection';
}

const DEFAULT_PLAN: readonly { kind: AgendaItemKind; minutes: number }[] = [
  { kind: 'catch-up', minutes: 30 },
  { kind: 'literature', minutes: 60 },
  { kind: 'break', minutes: 15 },
  { kind: 'incident', minutes: 90 },
  { kind: 'reflection', minutes: 45 },
];

/** The default four-hour agenda: the four phases with a break, adding up to 240 minutes. */
export function defaultAgenda(generateId?: IdGenerator): AgendaItem[] {
  return DEFAULT_PLAN.map(({ kind, minutes }) => ({
    id: newId<string>(generateId),
    kind,
    title: AGENDA_KIND_TITLES[kind],
    minutes,
  }));
}

export function agendaTotalMinutes(items: readonly AgendaItem[]): number {
  return items.reduce((sum, item) => sum + item.minutes, 0);
}

/** Minutes the agenda is over (positive) or under (negative) the workshop's length. */
export function agendaDifference(items: readonly AgendaItem[], lengthMinutes: number): number {
  return agendaTotalMinutes(items) - lengthMinutes;
}

export interface TimedAgendaItem {
  item: AgendaItem;
  /** Minutes from the workshop's start. */
  startOffset: number;
  endOffset: number;
  start: LocalTime;
  end: LocalTime;
}

/** Each item with its start and end clock times, from the workshop's start time. */
export function withClockTimes(
  items: readonly AgendaItem[],
  startTime: LocalTime,
): TimedAgendaItem[] {
  const startMinutes = minutesOfDay(startTime);
  let offset = 0;
  return items.map((item) => {
    const timed = {
      item,
      startOffset: offset,
      endOffset: offset + item.minutes,
      start: clockTime(startMinutes + offset),
      end: clockTime(startMinutes + offset + item.minutes),
    };
    offset += item.minutes;
    return timed;
  });
}

/** "09:30" → 570 */
export function minutesOfDay(time: LocalTime): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`Not a time of day: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 570 → "09:30"; wraps past midnight. */
export function clockTime(minutes: number): LocalTime {
  const wrapped = ((Math.round(minutes) % 1440) + 1440) % 1440;
  const hours = Math.floor(wrapped / 60);
  return `${String(hours).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}
