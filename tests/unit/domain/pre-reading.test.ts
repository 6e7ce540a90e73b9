import { describe, expect, it } from 'vitest';
import { moveReading, readingInOrder } from '../../../src/domain/pre-reading';
import type { GroupId, LiteratureId, LiteratureItem } from '../../../src/domain/types';

const ids = (...keys: string[]) => keys.map((key) => `lit-${key}` as LiteratureId);

function item(key: string): LiteratureItem {
  return {
    id: `lit-${key}` as LiteratureId,
    groupId: 'g' as GroupId,
    authors: '',
    year: '',
    title: key,
    source: '',
    link: '',
    summary: '',
    questions: [],
    createdAt: 0,
    updatedAt: 0,
  };
}

describe('a workshop’s pre-reading order', () => {
  it('is the stored order, whatever order the reading list is in', () => {
    const literature = ['a', 'b', 'c'].map(item);
    const shown = readingInOrder({ literatureIds: ids('c', 'gone', 'a') }, literature);
    expect(shown.map((reading) => reading.title)).toEqual(['c', 'a']);
  });

  it('moves one reading a place up or down, and stays put at either end', () => {
    const order = ids('a', 'b', 'c');
    expect(moveReading(order, 'lit-c' as LiteratureId, -1)).toEqual(ids('a', 'c', 'b'));
    expect(moveReading(order, 'lit-a' as LiteratureId, 1)).toEqual(ids('b', 'a', 'c'));
    expect(moveReading(order, 'lit-a' as LiteratureId, -1)).toEqual(order);
    expect(moveReading(order, 'lit-c' as LiteratureId, 1)).toEqual(order);
    expect(moveReading(order, 'lit-x' as LiteratureId, 1)).toEqual(order);
  });
});
