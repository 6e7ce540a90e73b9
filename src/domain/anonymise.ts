// The anonymisation check: finds what in a piece of shareable group material looks like it
// could identify someone, so the writer is warned before it is saved (DESIGN.md §4). It is a
// careful second pair of eyes, not a guarantee: it errs towards asking. It returns kinds of
// detail as data; the words for them live with the screens (ui/identifying-detail-words.ts).
import { findIdentityCodes } from './anonymise-codes';
import { findLocalWords } from './anonymise-local-words';
import { findNames } from './anonymise-names-check';
import { findNumbers } from './anonymise-numbers';
import {
  findAddresses,
  findDatesOfBirth,
  findEmails,
  findInstitutions,
  findReferenceNumbers,
} from './anonymise-patterns';
import { findPostcodes } from './anonymise-postcodes';
import type { Jurisdiction } from './jurisdiction';

export type IdentifyingDetailKind =
  | 'name'
  | 'date-of-birth'
  | 'address'
  | 'postcode'
  | 'eircode'
  | 'postal-code'
  | 'zip-code'
  | 'phone'
  | 'email'
  | 'nhs-number'
  | 'chi-number'
  | 'national-insurance-number'
  | 'pps-number'
  | 'medicare-number'
  | 'tax-file-number'
  | 'nhi-number'
  | 'social-insurance-number'
  | 'health-card-number'
  | 'social-security-number'
  | 'reference-number'
  | 'institution'
  | 'local-word';

export interface IdentifyingDetail {
  kind: IdentifyingDetailKind;
  /** Offsets into the text checked, as String.prototype.slice takes them. */
  start: number;
  end: number;
  text: string;
}

/** What a check needs to know about the group whose material it is. */
export interface CheckOptions {
  /** Names that may appear: the group's members' display names. */
  knownNames?: readonly string[];
  /** Whose identity numbers, postcodes and phone numbers to look for (the UK's if not given). */
  jurisdiction?: Jurisdiction;
  /** The group's own words to flag: estates, neighbourhoods, local schools. */
  localWords?: readonly string[];
}

/** Everything in `text` that looks identifying, in order, without overlaps. */
export function findIdentifyingDetails(
  text: string,
  options: CheckOptions = {},
): IdentifyingDetail[] {
  if (!text.trim()) return [];
  const jurisdiction = options.jurisdiction ?? 'uk';
  const candidates = [
    ...findLocalWords(text, options.localWords),
    ...findEmails(text),
    ...findDatesOfBirth(text),
    ...findIdentityCodes(text, jurisdiction),
    ...findNumbers(text, jurisdiction),
    ...findReferenceNumbers(text),
    ...findPostcodes(text, jurisdiction),
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

/** Leaves out details the writer has already said are fine (by their exact text). */
export function withoutAccepted(
  details: readonly IdentifyingDetail[],
  accepted: ReadonlySet<string>,
): IdentifyingDetail[] {
  return details.filter((detail) => !accepted.has(detail.text));
}
