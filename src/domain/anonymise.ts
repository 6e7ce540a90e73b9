// The anonymisation check: finds what in a piece of shareable group material looks like it
// could identify someone, so the writer is warned before it is saved (DESIGN.md §4). It is a
// careful second pair of eyes, not a guarantee: it errs towards asking.
import { findNames } from './anonymise-names-check';
import {
  findAddresses,
  findDatesOfBirth,
  findEmails,
  findInstitutions,
  findNumbers,
  findPostcodes,
  findReferenceNumbers,
} from './anonymise-patterns';

export type IdentifyingDetailKind =
  | 'name'
  | 'date-of-birth'
  | 'address'
  | 'postcode'
  | 'phone'
  | 'email'
  | 'nhs-number'
  | 'chi-number'
  | 'reference-number'
  | 'institution';

export interface IdentifyingDetail {
  kind: IdentifyingDetailKind;
  /** Offsets into the text checked, as String.prototype.slice takes them. */
  start: number;
  end: number;
  text: string;
}

export interface FindOptions {
  /** Names that may appear: the group's members' display names. */
  knownNames?: readonly string[];
}

/** Everything in `text` that looks identifying, in order, without overlaps. */
export function findIdentifyingDetails(
  text: string,
  options: FindOptions = {},
): IdentifyingDetail[] {
  if (!text.trim()) return [];
  const candidates = [
    ...findEmails(text),
    ...findDatesOfBirth(text),
    ...findReferenceNumbers(text),
    ...findNumbers(text),
    ...findPostcodes(text),
    ...findAddresses(text),
    ...findInstitutions(text),
    ...findNames(text, options.knownNames),
  ];
  // Where two overlap ("12 Victoria Road"), the longer and earlier-listed one wins.
  const byStrength = candidates
    .map((detail, order) => ({ detail, order }))
    .sort((a, b) => span(b.detail) - span(a.detail) || a.order - b.order);
  const kept: IdentifyingDetail[] = [];
  for (const { detail } of byStrength) {
    if (!kept.some((other) => detail.start < other.end && other.start < detail.end)) {
      kept.push(detail);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

const span = (detail: IdentifyingDetail) => detail.end - detail.start;

const KIND_WORDS: Record<IdentifyingDetailKind, string> = {
  name: 'a personal name',
  'date-of-birth': 'a date of birth',
  address: 'an address',
  postcode: 'a postcode',
  phone: 'a phone number',
  email: 'an email address',
  'nhs-number': 'an NHS number',
  'chi-number': 'a CHI number',
  'reference-number': 'a case or reference number',
  institution: 'a named school, nursery or health place',
};

/** Plain words for a kind of detail: "a postcode". */
export function describeDetailKind(kind: IdentifyingDetailKind): string {
  return KIND_WORDS[kind];
}

/** Leaves out details the writer has already said are fine (by their exact text). */
export function withoutAccepted(
  details: readonly IdentifyingDetail[],
  accepted: ReadonlySet<string>,
): IdentifyingDetail[] {
  return details.filter((detail) => !accepted.has(detail.text));
}
