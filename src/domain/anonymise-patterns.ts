// The number-, date- and place-shaped details of the anonymisation check: UK phone numbers,
// NHS and CHI numbers, case and reference numbers, postcodes, addresses, named schools and
// health places, e-mail addresses and dates of birth.
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

// Outward code (area + district) then inward code (sector + unit), as Royal Mail defines them.
const POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b|\bGIR ?0AA\b/gi;

export function findPostcodes(text: string): Found[] {
  return matchesOf(text, POSTCODE, 'postcode', ([code]) => {
    // "w1 2nd floor": in lower case, an inward code that reads as an ordinal is not one.
    if (code === code.toLowerCase() && /\d(?:st|nd|rd|th)$/.test(code)) return false;
    return /\d/.test(code.slice(0, -3));
  });
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
  `\\b(?:${PLACE_WORD}\\s+){1,3}(?:RC\\s+|C\\s?of\\s?E\\s+)?(?:Primary|High|Academy|Nursery|Infant|Junior|Grammar|College|Surgery|Practice|Medical\\s+Centre|Health\\s+Centre|Hospital|Infirmary|Family\\s+Centre)(?:\\s+School)?\\b`,
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

// Digit groups as people type them: "07700 900123", "+44 (0)131 496 0000", "943 476 5919".
const NUMBER_RUN =
  /(?<![\w+/.])(?:(?:\+44|0044)[\s-]?(?:\(0\)[\s-]?)?)?\(?\d{2,11}\)?(?:[\s-]\d{2,11}){0,3}(?![\w/])/g;

export function findNumbers(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(NUMBER_RUN)) {
    const kind = classifyNumber(match[0]);
    if (kind) {
      found.push({ kind, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  return found;
}

function classifyNumber(raw: string): Found['kind'] | undefined {
  const international = /^(?:\+44|0044)/.test(raw);
  const body = international ? raw.replace(/^(?:\+44|0044)/, '').replace('(0)', '') : raw;
  const groups = body.split(/[^\d]+/).filter(Boolean);
  const digits = groups.join('');
  if (international) return isUkPhone(`0${digits.replace(/^0/, '')}`) ? 'phone' : undefined;
  const shape = groups.map((g) => g.length).join('-');
  if (digits.length === 10 && ['10', '3-3-4', '6-4'].includes(shape)) {
    if (isChiNumber(digits)) return 'chi-number';
    if (isNhsNumber(digits)) return 'nhs-number';
  }
  if (groups.length <= 3 && groups.every((g) => g.length >= 3) && isUkPhone(digits)) {
    return 'phone';
  }
  return undefined;
}

/** A UK number dialled from within the UK: 0, then 10 or 9 more digits, no 04 or 06. */
function isUkPhone(digits: string): boolean {
  return /^0[1235789]\d{8,9}$/.test(digits);
}

/** Ten digits whose last is the modulus-11 check digit of the first nine. */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Ten digits that start with a real date of birth, DDMMYY (Scotland's CHI number). */
export function isChiNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = Number(digits.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  // With a two-digit year, 29 February is possible only in a leap year (00 is 2000).
  if (month === 2 && day === 29) return year % 4 === 0;
  return day <= DAYS_IN_MONTH[month - 1]!;
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
