// Personal names in shareable text: a title and a name ("Mrs Kowalski"), a common UK first
// name ("Kayleigh", "Tyler Brown"), or any capitalised word where the context says it is a
// person ("her son, Jaxon", "Jaxon's mum", "Jaxon (7)"). Members' own names are fine.
import type { IdentifyingDetail } from './anonymise';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, NOT_NAMES, wordSet } from './anonymise-names';

const FIRST = wordSet(FIRST_NAMES);
const AMBIGUOUS = wordSet(AMBIGUOUS_FIRST_NAMES);
const NOT_NAME = wordSet(NOT_NAMES);
const TITLES = wordSet('mr mrs ms miss mx dr prof professor sir dame rev revd reverend');
const RELATIONS = wordSet(
  'mum mother dad father son daughter brother sister aunt auntie uncle gran granny nan nana grandma grandmother grandad grandfather partner boyfriend girlfriend husband wife cousin stepdad stepmum stepfather stepmother niece nephew',
);
const INTRODUCERS = wordSet('called named');

/** Lower case without accents, so "Siân" and "Zoë" match the list. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Word {
  start: number;
  end: number;
  /** Without a possessive "'s". */
  base: string;
  lower: string;
  isCapitalised: boolean;
  isPossessive: boolean;
  /** What lies between this word and the previous one. */
  gapBefore: string;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const raw = match[0].replace(/['’-]+$/, '');
    const isPossessive = /['’]s$/i.test(raw);
    const base = isPossessive ? raw.slice(0, -2) : raw;
    words.push({
      start: match.index,
      end: match.index + base.length,
      base,
      lower: fold(base),
      // "O'Neill", "D’Souza" count as capitalised as well as "McDonald".
      isCapitalised: /^\p{Lu}(?:\p{Ll}|['’]\p{Lu}\p{Ll})/u.test(base),
      isPossessive,
      gapBefore: text.slice(previousEnd, match.index),
    });
    previousEnd = match.index + raw.length;
  }
  return words;
}

/** A capitalised word that could be a surname or a first name: not "The", "Social", etc. */
function isNameLike(word: Word | undefined): word is Word {
  return Boolean(word && word.isCapitalised && word.base.length > 1 && !NOT_NAME.has(word.lower));
}

const joined = (word: Word | undefined) => Boolean(word && /^ +$/.test(word.gapBefore));

/** The last word of a name starting at `i`: takes up to two surnames after it. */
function extendSurname(words: Word[], i: number): number {
  let last = i;
  while (last - i < 2 && !words[last]!.isPossessive) {
    const next = words[last + 1];
    if (!joined(next) || !isNameLike(next) || TITLES.has(next!.lower)) break;
    last += 1;
  }
  return last;
}

function isContextName(words: Word[], i: number): boolean {
  const word = words[i]!;
  const before = words[i - 1];
  const after = words[i + 1];
  const introduced =
    before &&
    (RELATIONS.has(before.lower) || INTRODUCERS.has(before.lower)) &&
    !before.isPossessive &&
    /^,? +$/.test(word.gapBefore);
  const possessiveOfRelation = word.isPossessive && after && RELATIONS.has(after.lower);
  return Boolean(introduced || possessiveOfRelation);
}

const AGE_AFTER =
  /^(?:\s*\(\s*(?:aged\s+)?\d{1,2}(?:\s*(?:years?|yrs?|months?))?\s*\)|,?\s+aged\s+\d)/i;
const CITATION_AFTER = /^(?:\s+et\s+al\.?)?,?\s*\(?\s*(?:19|20)\d{2}\b/;

export function findNames(text: string, knownNames: readonly string[] = []): IdentifyingDetail[] {
  const known = new Set(knownNames.flatMap((name) => fold(name).split(/[^\p{L}]+/u)));
  const words = wordsOf(text);
  const found: IdentifyingDetail[] = [];
  let i = 0;
  while (i < words.length) {
    const span = nameAt(words, i, text);
    if (!span) {
      i += 1;
      continue;
    }
    const [first, last] = span;
    const nameWords = words.slice(first, last + 1).filter((w) => !TITLES.has(w.lower));
    const after = text.slice(words[last]!.end);
    const isKnown = nameWords.every((w) => known.has(w.lower));
    if (!isKnown && !CITATION_AFTER.test(after)) {
      const start = words[first]!.start;
      const end = words[last]!.end;
      found.push({ kind: 'name', start, end, text: text.slice(start, end) });
    }
    i = last + 1;
  }
  return found;
}

/** The words [first, last] of a name that starts at word i, if one does. */
function nameAt(words: Word[], i: number, text: string): [number, number] | undefined {
  const word = words[i]!;
  const next = words[i + 1];
  if (
    TITLES.has(word.lower) &&
    word.isCapitalised &&
    isNameLike(next) &&
    /^\.? +$/.test(next.gapBefore)
  ) {
    return [i, extendSurname(words, i + 1)];
  }
  if (!word.isCapitalised) {
    // Typed in lower case: only the longer names that are never everyday words.
    return FIRST.has(word.lower) && word.base.length >= 4 && word.base === word.base.toLowerCase()
      ? [i, i]
      : undefined;
  }
  if (NOT_NAME.has(word.lower) || TITLES.has(word.lower) || RELATIONS.has(word.lower)) {
    return undefined;
  }
  if (word.base.length < 2) return undefined;
  // "Anna-Marie", "Jean-Paul": one listed part is enough.
  if (FIRST.has(word.lower) || word.lower.split('-').some((part) => FIRST.has(part))) {
    return [i, extendSurname(words, i)];
  }
  const hasSurname = joined(next) && isNameLike(next) && !FIRST.has(next!.lower);
  if (AMBIGUOUS.has(word.lower) && hasSurname) return [i, extendSurname(words, i)];
  if (isContextName(words, i) || AGE_AFTER.test(text.slice(word.end))) {
    return [i, extendSurname(words, i)];
  }
  return undefined;
}
