// Postcodes by jurisdiction: the UK's, Ireland's Eircodes, an Australian suburb with its
// state and postcode ("Parramatta NSW 2150"), Canada's postal codes, and a US city or state
// with its ZIP code ("Springfield, IL 62704"). A bare four- or five-digit number is never
// one: too many counts and years look the same.
import type { IdentifyingDetail, IdentifyingDetailKind } from './anonymise';
import type { Jurisdiction } from './jurisdiction';

type Found = IdentifyingDetail;

function matchesOf(
  text: string,
  pattern: RegExp,
  kind: IdentifyingDetailKind,
  accept: (code: string) => boolean = () => true,
): Found[] {
  return [...text.matchAll(pattern)]
    .filter(([code]) => accept(code))
    .map((match) => ({
      kind,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    }));
}

// Outward code (area + district) then inward code (sector + unit), as Royal Mail defines them.
const UK_POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b|\bGIR ?0AA\b/gi;

function findUkPostcodes(text: string): Found[] {
  return matchesOf(text, UK_POSTCODE, 'postcode', (code) => {
    // "w1 2nd floor": in lower case, an inward code that reads as an ordinal is not one.
    if (code === code.toLowerCase() && /\d(?:st|nd|rd|th)$/.test(code)) return false;
    return /\d/.test(code.slice(0, -3));
  });
}

// A routing key ("D02", "A65", "D6W") and a unique identifier of four from a set that
// leaves out letters easily misread.
const EIRCODE = /\b[ACDEFHKNPRTVWXY]\d[\dW] ?[\dACDEFHKNPRTVWXY]{4}\b/gi;

function findEircodes(text: string): Found[] {
  // In lower case, only with a digit in its last part: "f10 cafe" is not an Eircode.
  return matchesOf(
    text,
    EIRCODE,
    'eircode',
    (code) => code === code.toUpperCase() || /\d/.test(code.slice(-4)),
  );
}

const PLACE = "(?:[A-Z][\\p{L}'’-]+ ){0,2}[A-Z][\\p{L}'’-]+";
const AU_STATE = 'NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT';
const AU_POSTCODE = new RegExp(`(?:\\b${PLACE},? )?\\b(?:${AU_STATE}) \\d{4}\\b`, 'gu');

// The area letter, then letter and digit by turns; D, F, I, O, Q and U are never used.
const CA_POSTAL_CODE = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/gi;

const US_STATE =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR';
const US_ZIP = new RegExp(`(?:\\b${PLACE},? )?\\b(?:${US_STATE}) \\d{5}(?:-\\d{4})?\\b`, 'gu');

// "postcode 2150", "zip code 62704", "Eircode: D02 X285" : the word says what the number is.
const NAMED_CODE = /\b(?:post ?code|postal code|zip(?: code)?)\b:?\s*(\d{4,5}(?:-\d{4})?)\b/gi;

function findNamedCodes(text: string, kind: IdentifyingDetailKind): Found[] {
  return [...text.matchAll(NAMED_CODE)].map((match) => {
    const code = match[1]!;
    const start = match.index + match[0].length - code.length;
    return { kind, start, end: start + code.length, text: code };
  });
}

/** Trims a leading word that starts a sentence rather than a place ("In Parramatta NSW 2150"). */
function withoutLeadingWord(found: Found): Found {
  const lead = /^(?:The|In|At|From|To|Near|Of|Our|Their|Her|His|My|Moved|Lives|Living)\s/.exec(
    found.text,
  );
  if (!lead) return found;
  const cut = lead[0].length;
  return { ...found, start: found.start + cut, text: found.text.slice(cut) };
}

export function findPostcodes(text: string, jurisdiction: Jurisdiction): Found[] {
  switch (jurisdiction) {
    case 'uk':
      return findUkPostcodes(text);
    case 'ie':
      return findEircodes(text);
    case 'au':
      return [
        ...matchesOf(text, AU_POSTCODE, 'postcode').map(withoutLeadingWord),
        ...findNamedCodes(text, 'postcode'),
      ];
    case 'nz':
      return findNamedCodes(text, 'postcode');
    case 'ca':
      return matchesOf(text, CA_POSTAL_CODE, 'postal-code');
    case 'us':
      return [
        ...matchesOf(text, US_ZIP, 'zip-code').map(withoutLeadingWord),
        ...findNamedCodes(text, 'zip-code'),
      ];
  }
}
