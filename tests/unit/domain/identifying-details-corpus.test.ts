import { describe, expect, it } from 'vitest';
import { findIdentifyingDetails } from '../../../src/domain/anonymise';
import {
  CLEAN,
  CORPUS,
  CORPUS_GROUP,
  FLAGGED,
  type CorpusCase,
} from '../../fixtures/identifying-details-corpus';
import { JURISDICTIONS } from '../../../src/domain/jurisdiction';

const RECALL_AT_LEAST = 0.95;
const FALSE_ALARMS_AT_MOST = 0.05;

const label = ([kind, text]: readonly [string, string]) => `${kind}:${text}`;

function check({ text, jurisdiction }: CorpusCase): string[] {
  return findIdentifyingDetails(text, { ...CORPUS_GROUP, jurisdiction }).map((d) =>
    label([d.kind, d.text]),
  );
}

/** Each expected detail found with its kind and exact span, or missed; each extra one found. */
function score(cases: readonly CorpusCase[]) {
  const misses: string[] = [];
  const extras: string[] = [];
  let expected = 0;
  for (const item of cases) {
    const found = check(item);
    const wanted = item.expected.map(label);
    expected += wanted.length;
    for (const want of wanted) if (!found.includes(want)) misses.push(`${want}  in “${item.text}”`);
    for (const got of found) if (!wanted.includes(got)) extras.push(`${got}  in “${item.text}”`);
  }
  return { misses, extras, expected };
}

describe('the identifying-details corpus', () => {
  it('is large enough, and covers every kind and every jurisdiction', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(CLEAN.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(FLAGGED.flatMap((item) => item.expected.map(([kind]) => kind)));
    expect([...kinds].sort()).toEqual(
      [
        'address',
        'chi-number',
        'date-of-birth',
        'eircode',
        'email',
        'health-card-number',
        'institution',
        'local-word',
        'medicare-number',
        'name',
        'national-insurance-number',
        'nhi-number',
        'nhs-number',
        'phone',
        'postal-code',
        'postcode',
        'pps-number',
        'reference-number',
        'social-insurance-number',
        'social-security-number',
        'tax-file-number',
        'zip-code',
      ].sort(),
    );
    for (const jurisdiction of JURISDICTIONS) {
      expect(FLAGGED.some((item) => item.jurisdiction === jurisdiction)).toBe(true);
      expect(CLEAN.some((item) => (item.jurisdiction ?? 'uk') === jurisdiction)).toBe(true);
    }
  });

  it(`catches at least ${RECALL_AT_LEAST * 100} % of what identifies someone`, () => {
    const { misses, expected } = score(FLAGGED);
    // The message lists what was missed, so a change that loses a kind is plain to see.
    expect(misses.length, `missed:\n${misses.join('\n')}`).toBeLessThanOrEqual(
      Math.floor(expected * (1 - RECALL_AT_LEAST)),
    );
  });

  it(`flags at most ${FALSE_ALARMS_AT_MOST * 100} % of ordinary sentences`, () => {
    const { extras } = score(CLEAN);
    const flagged = CLEAN.filter((item) => check(item).length > 0).length;
    expect(flagged, `false alarms:\n${extras.join('\n')}`).toBeLessThanOrEqual(
      Math.floor(CLEAN.length * FALSE_ALARMS_AT_MOST),
    );
  });

  it('finds little beyond what is expected in the sentences that do identify someone', () => {
    const { extras } = score(FLAGGED);
    expect(extras.length, `also flagged:\n${extras.join('\n')}`).toBeLessThanOrEqual(
      Math.floor(FLAGGED.length * FALSE_ALARMS_AT_MOST),
    );
  });
});
