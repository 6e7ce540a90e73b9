import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from '../../../src/app/router';

describe('hash routes', () => {
  it('reads the section and its parameters', () => {
    expect(parseHash('#/plan/series/abc')).toEqual({ section: 'plan', params: ['series', 'abc'] });
  });

  it('falls back to Plan for an empty hash', () => {
    expect(parseHash('')).toEqual({ section: 'plan', params: [] });
    expect(parseHash('#/')).toEqual({ section: 'plan', params: [] });
  });

  it('round-trips parameters that need escaping', () => {
    const href = hrefFor('journal', 'a b/c');
    expect(parseHash(href)).toEqual({ section: 'journal', params: ['a b/c'] });
  });
});
