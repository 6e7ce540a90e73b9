import { describe, expect, it } from 'vitest';
import { agendaTotalMinutes, defaultAgenda } from '../../../src/domain/agenda';
import { addItem, removeItem } from '../../../src/domain/agenda-edit';
import { fitToLength, placeIncident } from '../../../src/domain/agenda-fit';
import type { AgendaItem, AgendaItemKind, IncidentId } from '../../../src/domain/types';
import { createSequentialIds } from '../../helpers/ids';

const agenda = () => defaultAgenda(createSequentialIds('item'));

function items(...plan: [AgendaItemKind, number][]): AgendaItem[] {
  return plan.map(([kind, minutes], i) => ({ id: `item-${i + 1}`, kind, title: kind, minutes }));
}

function fitted(list: readonly AgendaItem[], length: number): AgendaItem[] {
  const result = fitToLength(list, length);
  if (!result.fits) throw new Error(`Expected the agenda to fit into ${length} minutes`);
  return result.items;
}

const minutes = (list: readonly AgendaItem[]) => list.map((item) => item.minutes);

describe('fitting the agenda into the workshop', () => {
  it('shares a cut among the phases, so the first incident is not the one that pays', () => {
    // The default agenda with a second incident added after the first: 5 hours.
    const two = addItem(agenda(), 'incident', {
      afterId: 'item-4',
      generateId: createSequentialIds('new'),
    });
    expect(agendaTotalMinutes(two)).toBe(300);
    const fit = fitted(two, 240);
    expect(agendaTotalMinutes(fit)).toBe(240);
    expect(fit.map((i) => [i.kind, i.minutes])).toEqual([
      ['catch-up', 25],
      ['literature', 45],
      ['break', 15],
      ['incident', 65],
      ['incident', 45],
      ['reflection', 45],
    ]);
  });

  it('cuts each phase in proportion to what it can spare above its floor', () => {
    // Spare above the floors (15, 20, 30): 20, 40 and 80 minutes; a 70-minute cut takes half.
    const list = items(
      ['catch-up', 35],
      ['literature', 60],
      ['break', 15],
      ['incident', 110],
      ['reflection', 45],
    );
    expect(minutes(fitted(list, 195))).toEqual([25, 40, 15, 70, 45]);
  });

  it('keeps individual reflection and breaks whole when cutting, and says when it cannot fit', () => {
    const list = agenda();
    const deep = fitted(list, 130);
    expect(minutes(deep)).toEqual([15, 20, 15, 35, 45]);
    // At every floor the agenda is 15 + 20 + 15 + 30 + 45 = 125 minutes.
    expect(fitToLength(list, 120)).toEqual({ fits: false, overMinutes: 5 });
    expect(minutes(list)).toEqual([30, 60, 15, 90, 45]);
  });

  it('leaves a phase already shorter than its floor as it is', () => {
    const list = items(['catch-up', 10], ['literature', 60], ['incident', 90], ['reflection', 45]);
    expect(minutes(fitted(list, 175))).toEqual([10, 50, 70, 45]);
  });

  it('never cuts an incident below one planned after it', () => {
    // Proportion alone would leave the first incident at 45 and the second at 50.
    const list = items(
      ['catch-up', 30],
      ['incident', 50],
      ['incident', 60],
      ['break', 15],
      ['reflection', 45],
    );
    expect(minutes(fitted(list, 180))).toEqual([25, 50, 45, 15, 45]);
    // A first incident that was shorter to begin with is simply not cut.
    const shorterFirst = items(['catch-up', 30], ['incident', 45], ['incident', 90]);
    const fit = fitted(shorterFirst, 150);
    expect(fit[1]!.minutes).toBe(45);
    expect(agendaTotalMinutes(fit)).toBe(150);
  });

  it('shares spare minutes in proportion to each phase, never to a break', () => {
    const shorter = removeItem(agenda(), 'item-3');
    expect(minutes(fitted(shorter, 240))).toEqual([30, 65, 95, 50]);
    const withBreak = items(['catch-up', 30], ['break', 15], ['incident', 90]);
    expect(minutes(fitted(withBreak, 195))).toEqual([45, 15, 135]);
  });

  it('changes nothing when the agenda already fits', () => {
    const list = agenda();
    expect(fitToLength(list, 240)).toEqual({ fits: true, items: list });
  });

  it('adds up exactly, in 5-minute steps, within every rule, for any agenda', () => {
    const kinds: AgendaItemKind[] = ['catch-up', 'literature', 'break', 'incident', 'custom'];
    const random = seededRandom(12);
    for (let run = 0; run < 500; run += 1) {
      const count = 2 + Math.floor(random() * 6);
      const list = items(
        ...Array.from({ length: count }, (): [AgendaItemKind, number] => [
          kinds[Math.floor(random() * kinds.length)]!,
          5 * (1 + Math.floor(random() * 30)),
        ]),
        ['reflection', 5 * (3 + Math.floor(random() * 10))],
      );
      const length = 5 * Math.floor(random() * 100);
      const result = fitToLength(list, length);
      if (!result.fits) continue;
      const fit = result.items;
      const isCut = length < agendaTotalMinutes(list);
      expect(agendaTotalMinutes(fit)).toBe(length);
      fit.forEach((item, i) => {
        const before = list[i]!;
        expect(item.minutes % 5).toBe(0);
        if (item.kind === 'break') expect(item.minutes).toBe(before.minutes);
        if (!isCut) return expect(item.minutes).toBeGreaterThanOrEqual(before.minutes);
        expect(item.minutes).toBeLessThanOrEqual(Math.max(before.minutes, floorOf(item.kind)));
        expect(item.minutes).toBeGreaterThanOrEqual(Math.min(before.minutes, floorOf(item.kind)));
        if (item.kind === 'reflection') expect(item.minutes).toBe(before.minutes);
      });
      if (isCut) expectEarlierIncidentsKept(list, fit);
    }
  });

  it('adds up exactly even when the minutes are off the 5-minute grid', () => {
    const list = items(['catch-up', 32], ['literature', 61], ['incident', 87], ['reflection', 44]);
    expect(agendaTotalMinutes(fitted(list, 203))).toBe(203);
    expect(agendaTotalMinutes(fitted(list, 241))).toBe(241);
  });
});

const FLOORS: Partial<Record<AgendaItemKind, number>> = {
  'catch-up': 15,
  literature: 20,
  incident: 30,
  custom: 10,
};

function floorOf(kind: AgendaItemKind): number {
  return FLOORS[kind] ?? 0;
}

/** An earlier incident that was cut is at least as long as every later one. */
function expectEarlierIncidentsKept(before: readonly AgendaItem[], after: readonly AgendaItem[]) {
  const incidents = after
    .map((item, i) => ({ now: item.minutes, was: before[i]!.minutes, kind: item.kind }))
    .filter((item) => item.kind === 'incident');
  incidents.forEach((earlier, i) => {
    if (earlier.now >= earlier.was) return;
    for (const later of incidents.slice(i + 1))
      expect(earlier.now).toBeGreaterThanOrEqual(later.now);
  });
}

/** A small deterministic generator, so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('placing a carried incident’s reconstruction', () => {
  const carried = 'carried' as IncidentId;
  const slotsTaken = (items: AgendaItem[]) =>
    items.map((item, i) => ({
      ...item,
      incidentId: item.kind === 'incident' ? (`i${i}` as IncidentId) : undefined,
    }));

  it('takes a free incident slot as it is', () => {
    const items = agenda();
    const placed = placeIncident(items, carried, 240, () => false);
    const slot = placed.find((item) => item.incidentId === carried)!;
    expect(slot.kind).toBe('incident');
    expect(placed).toHaveLength(items.length);
    expect(agendaTotalMinutes(placed)).toBe(agendaTotalMinutes(items));
  });

  it('otherwise adds a slot straight after the catch-up, and fits the workshop’s length', () => {
    const items = slotsTaken(agenda());
    const placed = placeIncident(items, carried, 240, (slot) => Boolean(slot.incidentId));
    expect(placed).toHaveLength(items.length + 1);
    expect(placed[0]!.kind).toBe('catch-up');
    expect(placed[1]).toMatchObject({ kind: 'incident', incidentId: carried });
    expect(agendaTotalMinutes(placed)).toBe(240);
    // Individual reflection keeps its time; the new slot is not cut below a later incident.
    const reflection = (list: AgendaItem[]) => list.find((i) => i.kind === 'reflection')!.minutes;
    expect(reflection(placed)).toBe(reflection(items));
    const later = placed.filter((i) => i.kind === 'incident').slice(1);
    for (const incident of later)
      expect(placed[1]!.minutes).toBeGreaterThanOrEqual(incident.minutes);
  });
});
