import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionCard } from '../../../src/domain/action-cards';
import {
  addPassedOn,
  groupStatements,
  passedOnFileText,
  passedOnLinkData,
  PassedOnError,
  readPassedOnFile,
  readPassedOnLink,
  statementsOf,
} from '../../../src/domain/passed-on';
import type { RecordId } from '../../../src/domain/types';

const card = (followUps: { helped: string; hindered: string }[]): ActionCard => ({
  id: 'card' as RecordId,
  date: '2026-11-03',
  heading: 'PRIVATE heading',
  workshopId: null,
  actions: [
    {
      id: 'a1',
      text: 'PRIVATE action',
      byWhen: null,
      followUps: followUps.map((f, i) => ({ on: `2026-11-1${i}`, progress: 'some-way', ...f })),
    },
  ],
  nextFollowUpOn: null,
  createdAt: 0,
  updatedAt: 0,
});

describe('statements passed on to the follow-up', () => {
  it('offers each follow-up’s statements, newest first, once each, and nothing empty', () => {
    const cards = [
      card([
        { helped: 'My manager protected the time', hindered: '' },
        { helped: 'A colleague to think aloud with', hindered: 'Covering vacancies' },
        { helped: 'My manager protected the time', hindered: ' ' },
      ]),
    ];
    expect(statementsOf(cards)).toEqual({
      helped: ['My manager protected the time', 'A colleague to think aloud with'],
      hindered: ['Covering vacancies'],
    });
  });

  it('carries only the statements: no name, date, card or action', async () => {
    const picked = { helped: ['Protected time'], hindered: [] };
    const text = passedOnFileText(picked);
    expect(text).not.toMatch(/PRIVATE|2026|card|action/);
    expect(readPassedOnFile(text)).toEqual(picked);
    expect(await readPassedOnLink(await passedOnLinkData(picked))).toEqual(picked);
  });

  it('groups the same words, whatever their case, spacing or full stop, most said first', () => {
    expect(
      groupStatements([
        'Supervision.',
        'Protected time',
        'protected  time.',
        'Protected time',
        'supervision',
      ]),
    ).toEqual([
      { text: 'Protected time', count: 3 },
      { text: 'Supervision.', count: 2 },
    ]);
  });

  it('adds what more people pass on to what the follow-up has', () => {
    const first = { helped: ['A'], hindered: [] };
    expect(addPassedOn(undefined, first)).toEqual(first);
    expect(addPassedOn(first, { helped: ['A'], hindered: ['B'] })).toEqual({
      helped: ['A', 'A'],
      hindered: ['B'],
    });
  });

  it('refuses anything else, and damaged links, with its own error only', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          expect(() => readPassedOnFile(text)).toThrow(PassedOnError);
          await expect(readPassedOnLink(text)).rejects.toBeInstanceOf(PassedOnError);
        },
      ),
      { numRuns: 300 },
    );
    expect(() =>
      readPassedOnFile(
        JSON.stringify({
          format: 'breathing-space/passed-on',
          version: 1,
          helped: [''],
          hindered: [],
        }),
      ),
    ).toThrow(PassedOnError);
  });
});
