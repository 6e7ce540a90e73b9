import { describe, expect, it } from 'vitest';
import { agendaDifference, agendaTotalMinutes, defaultAgenda } from '../../../src/domain/agenda';
import {
  MIN_ITEM_MINUTES,
  addItem,
  moveItem,
  removeItem,
  updateItem,
} from '../../../src/domain/agenda-edit';
import { createSequentialIds } from '../../helpers/ids';

const agenda = () => defaultAgenda(createSequentialIds('item'));
const kinds = (items: { kind: string }[]) => items.map((i) => i.kind);

describe('agenda editing', () => {
  it('moves an item up and down without losing any', () => {
    const items = agenda();
    const moved = moveItem(items, 3, 1);
    expect(kinds(moved)).toEqual(['catch-up', 'incident', 'literature', 'break', 'reflection']);
    expect(kinds(moveItem(moved, 1, 3))).toEqual(kinds(items));
    expect(kinds(moveItem(items, 0, -1))).toEqual(kinds(items));
    expect(kinds(moveItem(items, 4, 99))).toEqual(kinds(items));
    expect(kinds(items)).toEqual(['catch-up', 'literature', 'break', 'incident', 'reflection']);
  });

  it('adds a second incident after the first, and a custom item at the end', () => {
    const items = agenda();
    const ids = createSequentialIds('new');
    const two = addItem(items, 'incident', { afterId: 'item-4', generateId: ids });
    expect(kinds(two)).toEqual([
      'catch-up',
      'literature',
      'break',
      'incident',
      'incident',
      'reflection',
    ]);
    const custom = addItem(two, 'custom', { title: 'Planning the follow-up', generateId: ids });
    expect(custom.at(-1)).toMatchObject({ kind: 'custom', title: 'Planning the follow-up' });
    expect(agendaTotalMinutes(custom)).toBe(240 + 60 + 15);
  });

  it('removes an item and shows the difference plainly', () => {
    const items = removeItem(agenda(), 'item-3');
    expect(items).toHaveLength(4);
    expect(agendaDifference(items, 240)).toBe(-15);
  });

  it('keeps minutes whole and within bounds', () => {
    const items = agenda();
    expect(updateItem(items, 'item-1', { minutes: 2 })[0]!.minutes).toBe(MIN_ITEM_MINUTES);
    expect(updateItem(items, 'item-1', { minutes: 44.6 })[0]!.minutes).toBe(45);
    expect(updateItem(items, 'item-1', { minutes: Number.NaN })[0]!.minutes).toBe(5);
    expect(updateItem(items, 'item-1', { title: 'Coffee' })[0]).toMatchObject({
      title: 'Coffee',
      minutes: 30,
    });
  });
});
