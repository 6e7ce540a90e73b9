// Editing an agenda: each function returns a new list and leaves the one given untouched.
import { AGENDA_KIND_TITLES } from './agenda';
import { newId, type IdGenerator } from './ids';
import type { AgendaItem, AgendaItemKind } from './types';

/** No phase is planned shorter than this. */
export const MIN_ITEM_MINUTES = 5;
const MAX_ITEM_MINUTES = 8 * 60;

const DEFAULT_NEW_MINUTES: Record<AgendaItemKind, number> = {
  'catch-up': 30,
  literature: 60,
  incident: 60,
  reflection: 30,
  break: 15,
  custom: 15,
};

/** Moves the item at `from` to position `to` (clamped to the list): agenda items or any list. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const target = Math.max(0, Math.min(items.length - 1, to));
  const [moved] = next.splice(from, 1);
  if (!moved || from === target) return [...items];
  next.splice(target, 0, moved);
  return next;
}

/** Adds an item of a kind at the end, or after the item with id `afterId`. */
export function addItem(
  items: readonly AgendaItem[],
  kind: AgendaItemKind,
  options: { afterId?: string; title?: string; minutes?: number; generateId?: IdGenerator } = {},
): AgendaItem[] {
  const item: AgendaItem = {
    id: newId<string>(options.generateId),
    kind,
    title: options.title ?? AGENDA_KIND_TITLES[kind],
    minutes: options.minutes ?? DEFAULT_NEW_MINUTES[kind],
  };
  const after = options.afterId ? items.findIndex((i) => i.id === options.afterId) : -1;
  const at = after >= 0 ? after + 1 : items.length;
  return [...items.slice(0, at), item, ...items.slice(at)];
}

export function removeItem(items: readonly AgendaItem[], id: string): AgendaItem[] {
  return items.filter((item) => item.id !== id);
}

export function updateItem(
  items: readonly AgendaItem[],
  id: string,
  patch: Partial<Omit<AgendaItem, 'id'>>,
): AgendaItem[] {
  return items.map((item) => {
    if (item.id !== id) return item;
    const next = { ...item, ...patch };
    if (patch.minutes !== undefined) next.minutes = clampMinutes(patch.minutes);
    return next;
  });
}

function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return MIN_ITEM_MINUTES;
  return Math.max(MIN_ITEM_MINUTES, Math.min(MAX_ITEM_MINUTES, Math.round(minutes)));
}

/** Incident slots in order; a workshop has one or two. */
export function incidentSlots(items: readonly AgendaItem[]): AgendaItem[] {
  return items.filter((item) => item.kind === 'incident');
}
