import { describe, expect, it } from 'vitest';
import {
  cleanJournalName,
  isJournalNameTaken,
  JOURNAL_NAME_MAX,
  uniqueJournalName,
} from '../../../src/domain/journal-name';

describe('journal names', () => {
  it('strips bidirectional controls and invisible characters, and tidies spaces', () => {
    expect(cleanJournalName('  Sam\u202e lanoisseforP\u202c  ')).toBe('Sam lanoisseforP');
    expect(cleanJournalName('A\u200bB\u0007  C\nD')).toBe('AB C D');
  });

  it('cuts a long name to the limit without splitting a character', () => {
    const name = cleanJournalName('🙂'.repeat(100));
    expect([...name]).toHaveLength(JOURNAL_NAME_MAX);
  });

  it('treats names differing only in case, spacing or invisible characters as taken', () => {
    expect(isJournalNameTaken('my  JOURNAL', ['My journal'])).toBe(true);
    expect(isJournalNameTaken('My\u200b journal', ['My journal'])).toBe(true);
    expect(isJournalNameTaken('Sam', ['My journal'])).toBe(false);
  });

  it('numbers a name that is taken until it is free', () => {
    expect(uniqueJournalName('Sam', ['Jo'])).toBe('Sam');
    expect(uniqueJournalName('Sam', ['sam', 'Sam (2)'])).toBe('Sam (3)');
    expect(uniqueJournalName('', [])).toBe('My journal');
    const long = 'x'.repeat(JOURNAL_NAME_MAX);
    expect([...uniqueJournalName(long, [long])]).toHaveLength(JOURNAL_NAME_MAX);
  });
});
