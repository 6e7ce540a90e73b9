import { describe, expect, it } from 'vitest';
import type { IdentifyingDetailKind } from '../../../src/domain/anonymise';
import { JURISDICTIONS } from '../../../src/domain/jurisdiction';
import { describeDetailKind, describeJurisdiction } from '../../../src/ui/identifying-detail-words';
import { FLAGGED } from '../../fixtures/identifying-details-corpus';

describe('the words for what the check finds', () => {
  it('describes each kind in plain words', () => {
    expect(describeDetailKind('postcode')).toBe('a postcode');
    expect(describeDetailKind('nhs-number')).toBe('an NHS number');
    expect(describeDetailKind('name')).toBe('a personal name');
    expect(describeDetailKind('local-word')).toBe('a local place on your group’s list');
  });

  it('has words, with an article, for every kind the corpus finds', () => {
    const kinds = new Set<IdentifyingDetailKind>(
      FLAGGED.flatMap((item) => item.expected.map(([kind]) => kind)),
    );
    for (const kind of kinds) expect(describeDetailKind(kind)).toMatch(/^(?:a|an) \S/);
  });

  it('names every jurisdiction as a place', () => {
    expect(JURISDICTIONS.map(describeJurisdiction)).toEqual([
      'United Kingdom',
      'Ireland',
      'Australia',
      'New Zealand',
      'Canada',
      'United States',
    ]);
  });
});
