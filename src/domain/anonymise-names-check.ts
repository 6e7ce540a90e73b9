// Personal names in shareable text: a title and a name ("Mrs Kowalski"), a common UK first
// name ("Kayleigh", "Tyler Brown"), or any capitalised word where the context says it is a
// person ("her son, Jaxon", "Jaxon's mum", "Jaxon (7)", "Olumide told me", "spoke to
// Olumide"). Members' own names are fine.
import type { IdentifyingDetail } from './anonymise';
import {
  AMBIGUOUS_FIRST_NAMES,
  FIRST_NAMES,
  NOT_NAMES,
  NOT_PEOPLE,
  wordSet,
} from './anonymise-names';

const FIRST = wordSet(FIRST_NAMES);
const AMBIGUOUS = wordSet(AMBIGUOUS_FIRST_NAMES);
const NOT_NAME = wordSet(NOT_NAMES);
const TITLES = wordSet('mr mrs ms miss mx dr prof professor sir dame rev revd reverend');
const RELATIONS = wordSet(
  'mum mother dad father son daughter brother sister aunt auntie uncle gran granny nan nana grandma grandmother grandad grandfather partner boyfriend girlfriend husband wife cousin stepdad stepmum stepfather stepmother niece nephew',
);
const INTRODUCERS = wordSet('called named');
// Words for the people of the work that name someone when written before a name in lower
// case: "the client Aoife", "foster carer Nguyen" (but not "Child Protection").
const PEOPLE_WORDS = wordSet(
  'client child baby boy girl toddler teenager pupil carer stepson stepdaughter grandson granddaughter twin sibling neighbour youngster infant',
);
// "Olumide told me", "Kwame said": a person's verbs of speech and telling.
const SPEECH_VERBS = wordSet(
  'said says told tells asked asks replied explained shouted screamed yelled cried whispered disclosed admitted denied insisted mentioned answered complained laughed sobbed muttered interrupted texted phoned rang messaged emailed refused agreed nodded shrugged',
);
// "spoke to Olumide", "I told Aoife", "we met Kwame": verbs whose object is a person.
const TOLD_VERBS = wordSet(
  'told asked phoned rang texted emailed messaged reassured thanked hugged comforted interviewed met saw helped supported collected',
);
const TALKED_VERBS = wordSet('spoke talked chatted spoken talking speaking');
// Nouns of a person's own life: "Olumide's school", "Aoife's bedroom".
const PERSONAL_NOUNS = wordSet(
  'school nursery class teacher bedroom room behaviour needs wishes feelings views voice safety placement carer carers worker keyworker friend friends birthday diagnosis medication weight injuries injury bruises bruising face arm leg home house flat family parents siblings grandparents baby children kids dog phone bike story account care',
);
// "Olumide's SIN", "Aoife's NHS number": what identifies a person, in any case.
const IDENTITY_WORDS = wordSet('number address mobile email card sin ssn nhi ppsn tfn nhs chi');
const NOT_PERSON = wordSet(NOT_PEOPLE);
const DETERMINERS = wordSet('the a an this that these those our their its every each');

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
  // What follows the whole name: "Aoife Byrne said", "Aoife Byrne's mother".
  const last = words[extendSurname(words, i)]!;
  const after = words[words.indexOf(last) + 1];
  const isLower = (w: Word) => w.base === w.lower;
  const isJoined = (w: Word) => /^ +$/.test(w.gapBefore);
  const introduced =
    before &&
    (RELATIONS.has(before.lower) ||
      INTRODUCERS.has(before.lower) ||
      (PEOPLE_WORDS.has(before.lower) && isLower(before))) &&
    !before.isPossessive &&
    /^,? +$/.test(word.gapBefore);
  const possessiveOfRelation = last.isPossessive && after && RELATIONS.has(after.lower);
  if (introduced || possessiveOfRelation) return true;
  // The rules below read a person in the words around any capitalised word, so they leave
  // out the everyday ones: "Everyone said", "told Ofsted", "Gibbs' cycle".
  if (NOT_PERSON.has(word.lower) || NOT_PERSON.has(last.lower)) return false;
  const isTold = Boolean(
    before &&
    isJoined(word) &&
    (TOLD_VERBS.has(before.lower) ||
      (/^(?:to|with)$/.test(before.lower) && TALKED_VERBS.has(words[i - 2]?.lower ?? ''))),
  );
  const speaks = Boolean(
    !last.isPossessive && after && SPEECH_VERBS.has(after.base) && isJoined(after),
  );
  const possessiveOfPersonal = Boolean(
    last.isPossessive &&
    after &&
    (PERSONAL_NOUNS.has(after.base) || IDENTITY_WORDS.has(after.lower)) &&
    isJoined(after),
  );
  // Part of a longer proper name ("Women's Aid said"), or a thing ("the Promise says").
  const isInsideName = Boolean(
    before &&
    isJoined(word) &&
    (DETERMINERS.has(before.lower) ||
      (before.isCapitalised && (before.isPossessive || !/[.!?:;\n]|^$/.test(before.gapBefore)))),
  );
  return isTold || ((speaks || possessiveOfPersonal) && !isInsideName);
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
