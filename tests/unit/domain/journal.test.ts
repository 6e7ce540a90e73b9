import { entriesToMarkdown, entryTitle } from '../../../src/features/journal/entry-words';
import { describe, expect, it } from 'vitest';
import { draftCpd } from '../../../src/domain/cpd';
import { fromBase32, groupInFours, toBase32 } from '../../../src/domain/encoding';
import {
  compareNewestFirst,
  entryHeading,
  makeEntry,
  matchesFilter,
  matchesWords,
  NO_FILTER,
  parseList,
  queryWords,
  searchableText,
  workshopWindow,
  type JournalEntry,
} from '../../../src/domain/journal';
import { checkPassphrase } from '../../../src/domain/passphrase';
import type { RecordId, WorkshopId } from '../../../src/domain/types';

function entry(over: Partial<JournalEntry>): JournalEntry {
  return {
    ...makeEntry({ id: 'e' as RecordId, templateId: 'gibbs', date: '2026-03-01', now: 0 }),
    ...over,
  };
}

describe('journal entries', () => {
  it('searches every word across title, answers, tags and values, ignoring case', () => {
    const text = searchableText(
      entry({
        title: 'Court report',
        answers: { description: 'The Grandmother spoke first' },
        tags: ['kinship'],
        values: ['the child’s voice'],
      }),
    );
    expect(matchesWords(text, queryWords('grandmother COURT'))).toBe(true);
    expect(matchesWords(text, queryWords('kinship voice'))).toBe(true);
    expect(matchesWords(text, queryWords('grandmother police'))).toBe(false);
  });

  it('filters by tag, template, link and date range', () => {
    const e = entry({
      tags: ['court'],
      links: { workshopId: 'w1' as WorkshopId, incidentId: null, literatureId: null },
    });
    expect(matchesFilter(e, { ...NO_FILTER, tag: 'court' })).toBe(true);
    expect(matchesFilter(e, { ...NO_FILTER, tag: 'school' })).toBe(false);
    expect(matchesFilter(e, { ...NO_FILTER, templateId: 'johns' })).toBe(false);
    expect(matchesFilter(e, { ...NO_FILTER, link: 'workshop:w1' })).toBe(true);
    expect(matchesFilter(e, { ...NO_FILTER, link: 'incident:w1' })).toBe(false);
    expect(matchesFilter(e, { ...NO_FILTER, from: '2026-03-01', to: '2026-03-01' })).toBe(true);
    expect(matchesFilter(e, { ...NO_FILTER, from: '2026-03-02' })).toBe(false);
  });

  it('orders newest first by date, then by when written', () => {
    const a = entry({ id: 'a' as RecordId, date: '2026-01-01', createdAt: 5 });
    const b = entry({ id: 'b' as RecordId, date: '2026-02-01', createdAt: 1 });
    const c = entry({ id: 'c' as RecordId, date: '2026-02-01', createdAt: 2 });
    expect([a, b, c].sort(compareNewestFirst).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  it('heads an untitled entry with its first line, and parses comma lists', () => {
    expect(entryHeading(entry({ answers: { feelings: '\nAnxious before the visit\nmore' } }))).toBe(
      'Anxious before the visit',
    );
    expect(entryHeading(entry({}))).toBe('');
    expect(entryTitle(entry({}))).toBe('Untitled entry');
    expect(parseList(' court, , school ,court')).toEqual(['court', 'school']);
  });

  it('exports chosen entries as Markdown with their stages', () => {
    const markdown = entriesToMarkdown(
      [
        entry({
          title: 'Home visit',
          answers: { description: 'We met at school.', 'action-plan': 'Ask sooner.' },
          feelings: [{ name: 'anxious', intensity: 4 }],
        }),
      ],
      (date) => `on ${date}`,
    );
    expect(markdown).toContain('## Home visit');
    expect(markdown).toContain('### Description\n\nWe met at school.');
    expect(markdown).toContain('### Action plan\n\nAsk sooner.');
    expect(markdown).toContain('**Feelings:** anxious (4/5)');
    expect(markdown).toContain('*on 2026-03-01*');
  });

  it('finds the last and next workshop around today', () => {
    const workshops = [{ date: '2026-01-10' }, { date: '2026-03-10' }, { date: '2026-02-10' }];
    expect(workshopWindow(workshops, '2026-02-20')).toEqual({
      last: { date: '2026-02-10' },
      next: { date: '2026-03-10' },
    });
  });

  it('drafts a CPD record from learning and action stages', () => {
    const draft = draftCpd({
      activityType: 'Peer learning: a critical reflection group',
      description: 'North team: workshop on Tue 3 Mar 2026. We reflected together.',
      date: 'Tuesday 3 March 2026',
      entries: [
        entry({ answers: { conclusion: 'Check my assumptions.', 'action-plan': 'Ask sooner.' } }),
      ],
    });
    expect(draft.activityType).toMatch(/Peer learning/);
    expect(draft.description).toContain('North team');
    expect(draft.learnt).toBe('Check my assumptions.');
    expect(draft.impact).toBe('Ask sooner.');
  });
});

describe('passphrase hint and recovery key encoding', () => {
  it('asks for length, not symbols', () => {
    expect(checkPassphrase('short').isAcceptable).toBe(false);
    expect(checkPassphrase('aaaaaaaaaaaaaaaa').strength).toBe('too-predictable');
    expect(checkPassphrase('river table 1234').isAcceptable).toBe(true);
    expect(checkPassphrase('maple lantern orbit seventeen').strength).toBe('strong');
  });

  it('reads a recovery key back however it was typed', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    const key = groupInFours(toBase32(bytes));
    expect(fromBase32(key)).toEqual(bytes);
    expect(fromBase32(key.toLowerCase().replace(/ /g, '-'))).toEqual(bytes);
    expect(fromBase32('not*valid')).toBeNull();
  });
});

describe('search index', () => {
  it('finds entries containing every word, each once, never across entries', async () => {
    const { buildSearchIndex, findEntries } = await import('../../../src/domain/search-index');
    const index = buildSearchIndex(['court report court', 'school visit', 'report', 'visit court']);
    expect(findEntries(index, ['court'])).toEqual([0, 3]);
    expect(findEntries(index, ['court', 'visit'])).toEqual([3]);
    expect(findEntries(index, ['report'])).toEqual([0, 2]);
    expect(findEntries(index, ['reportschool'])).toEqual([]);
    expect(findEntries(index, ['visitreport'])).toEqual([]);
    expect(findEntries(index, [])).toEqual([0, 1, 2, 3]);
    expect(findEntries(buildSearchIndex([]), ['x'])).toEqual([]);
  });
});

describe('backup reminder', () => {
  it('reminds only when the chosen days have passed and entries changed since', async () => {
    const { isBackupDue } = await import('../../../src/domain/backup-due');
    const day = 86_400_000;
    const base = { createdAt: 0, reminderDays: 14 };
    expect(isBackupDue({ ...base, now: 3 * day, lastBackupAt: undefined, lastChangeAt: day })).toBe(
      false,
    );
    expect(
      isBackupDue({ ...base, now: 20 * day, lastBackupAt: undefined, lastChangeAt: day }),
    ).toBe(true);
    expect(isBackupDue({ ...base, now: 20 * day, lastBackupAt: 2 * day, lastChangeAt: day })).toBe(
      false,
    );
    expect(
      isBackupDue({ ...base, now: 20 * day, lastBackupAt: 2 * day, lastChangeAt: 3 * day }),
    ).toBe(true);
    expect(isBackupDue({ ...base, now: 20 * day, lastBackupAt: undefined, lastChangeAt: 0 })).toBe(
      false,
    );
  });
});
