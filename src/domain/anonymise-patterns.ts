// The details of the anonymisation check that look the same in every jurisdiction: case and
// reference numbers, addresses, named schools and health places, e-mail addresses and dates
// of birth. Numbers and postcodes differ by jurisdiction (anonymise-numbers.ts and friends).
import type { IdentifyingDetail } from './anonymise';

type Found = IdentifyingDetail;

function matchesOf(
  text: string,
  pattern: RegExp,
  kind: Found['kind'],
  accept: (match: RegExpExecArray) => boolean = () => true,
): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(pattern)) {
    if (!accept(match)) continue;
    found.push({ kind, start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

export function findEmails(text: string): Found[] {
  return matchesOf(text, /[\w.%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}/gi, 'email');
}

const STREET_WORDS =
  'street st road rd avenue ave lane ln drive dr close court ct crescent cres place pl terrace way gardens gdns grove park square sq walk row hill mews view rise wynd brae loan green parade vale gate circus boulevard quay wharf yard';
const caseless = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const STREET = STREET_WORDS.split(' ').map(caseless).join('|');
const CLEAR_STREET = 'Street|Road|Avenue|Lane|Drive|Crescent|Terrace|Gardens|Grove|Mews|Wynd';
const NAME_WORD = "[A-Z][\\p{L}'’-]*";

// A full stop belongs to an abbreviated street word ("St.", "Rd.") only, never to a sentence.
const STREET_ABBREVIATION =
  '(?:[Ss]t|[Rr]d|[Aa]ve|[Ll]n|[Dd]r|[Cc]t|[Cc]res|[Pp]l|[Gg]dns|[Ss]q)\\.';
const NUMBERED_ADDRESS = new RegExp(
  `\\b\\d{1,4}[a-zA-Z]?(?:/\\d{1,3})?,?\\s+(?:${NAME_WORD}\\s+){1,3}(?:${STREET_ABBREVIATION}|(?:${STREET})\\b)`,
  'gu',
);
const FLAT = /\b(?:[Ff]lat|[Aa]partment|[Aa]pt\.?)\s*\d+[A-Za-z]?(?:\/\d+)?\b/g;
const NAMED_STREET = new RegExp(`\\b(?:${NAME_WORD}\\s+){1,2}(?:${CLEAR_STREET})\\b`, 'gu');
const NOT_A_STREET_NAME = /^(?:The|A|An|This|That|Our|My|Your|Their|Every|Each|One)\b/;

// A named school, nursery, college, GP practice or hospital: "Craigroyston Primary",
// "St Mary's RC High School", "Leith Medical Centre". One to three capitalised words before.
const PLACE_WORD = "(?:[A-Z][\\p{L}'’-]*|St\\.?)";
const INSTITUTION = new RegExp(
  `\\b(?:${PLACE_WORD}\\s+){1,3}(?:RC\\s+|C\\s?of\\s?E\\s+)?(?:Primary|High|Academy|Nursery|Infant|Junior|Grammar|College|Surgery|Practice|Medical\\s+Centre|Health\\s+Centre|Hospital|Infirmary|Family\\s+Centre|Clinic|Kindergarten|Preschool|(?:Public|State|Elementary|Middle|Secondary)(?=\\s+School))(?:\\s+School)?\\b`,
  'gu',
);
const NOT_A_PLACE_NAME =
  /^(?:The|A|An|This|That|Our|My|Your|Their|Every|Each|One|Her|His|At|In|From|To)\s/;

export function findInstitutions(text: string): Found[] {
  return matchesOf(text, INSTITUTION, 'institution')
    .map((found) => {
      // "At Craigroyston Primary": the sentence's first word is not part of the name.
      const lead = NOT_A_PLACE_NAME.exec(found.text)?.[0].length ?? 0;
      return lead === 0
        ? found
        : { ...found, start: found.start + lead, text: found.text.slice(lead) };
    })
    .filter((found) => /\s/.test(found.text));
}

// Case, file and reference numbers: "SW-2023-00412", "ref 4471923", "case no. 12/3456". Our
// ground rules say never case numbers; a code of letters and digits, or digits after a word
// that names one, is flagged.
const CODE = /\b[A-Z]{1,5}[-/]?\d{2,}(?:[-/]\d{2,})+\b|\b[A-Z]{2,5}\d{4,}\b/g;
const NUMBER_AFTER_WORD =
  /\b(?:case|file|client|ref(?:erence)?|record|crn|id)\.?(?:\s+(?:no|number|num|ref))?\.?\s*[:#]?\s*(\d[\d/-]{3,}\d)\b/gi;

export function findReferenceNumbers(text: string): Found[] {
  const numbered = [...text.matchAll(NUMBER_AFTER_WORD)].map((match) => {
    const start = match.index + match[0].length - match[1]!.length;
    return {
      kind: 'reference-number' as const,
      start,
      end: start + match[1]!.length,
      text: match[1]!,
    };
  });
  return [...matchesOf(text, CODE, 'reference-number'), ...numbered];
}

export function findAddresses(text: string): Found[] {
  return [
    ...matchesOf(text, NUMBERED_ADDRESS, 'address'),
    ...matchesOf(text, FLAT, 'address'),
    ...matchesOf(text, NAMED_STREET, 'address', ([street]) => !NOT_A_STREET_NAME.test(street)),
  ];
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const FULL_DATE = new RegExp(
  [
    String.raw`\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\.?,?\s+(?:\d{4}|'\d{2})(?!\d)`,
    String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`,
    String.raw`\b${MONTH}\.?\s+\d{4}\b`,
  ].join('|'),
  'gi',
);
const BIRTH_WORD =
  /\b(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|born|birthday)|\bb\.(?=\s?\d)/gi;
const BEFORE_DATE_CHARS = 24;
const AFTER_DATE_CHARS = 12;

/** Full dates (or month and year) close to "DOB", "born", "date of birth". */
export function findDatesOfBirth(text: string): Found[] {
  const words = [...text.matchAll(BIRTH_WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (words.length === 0) return [];
  return matchesOf(text, FULL_DATE, 'date-of-birth', (date) => {
    const start = date.index;
    const end = start + date[0].length;
    return words.some(
      (word) =>
        (word.end <= start &&
          start - word.end <= BEFORE_DATE_CHARS &&
          !/[\n!?]/.test(text.slice(word.end, start))) ||
        (word.start >= end && word.start - end <= AFTER_DATE_CHARS),
    );
  });
}
