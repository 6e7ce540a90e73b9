// The words shown for what the identifying-details check finds, and for the places whose
// formats it knows. The check itself (domain/anonymise.ts) returns kinds only, so its rules
// never change for a change of wording or a translation.
import type { IdentifyingDetailKind } from '../domain/anonymise';
import type { Jurisdiction } from '../domain/jurisdiction';

const KIND_WORDS: Record<IdentifyingDetailKind, string> = {
  name: 'a personal name',
  'date-of-birth': 'a date of birth',
  address: 'an address',
  postcode: 'a postcode',
  eircode: 'an Eircode',
  'postal-code': 'a postal code',
  'zip-code': 'a ZIP code',
  phone: 'a phone number',
  email: 'an email address',
  'nhs-number': 'an NHS number',
  'chi-number': 'a CHI number',
  'national-insurance-number': 'a National Insurance number',
  'pps-number': 'a PPS number',
  'medicare-number': 'a Medicare number',
  'tax-file-number': 'a tax file number',
  'nhi-number': 'an NHI number',
  'social-insurance-number': 'a Social Insurance Number',
  'health-card-number': 'a health card number',
  'social-security-number': 'a Social Security number',
  'reference-number': 'a case or reference number',
  institution: 'a named school, nursery or health place',
  'local-word': 'a local place on your group’s list',
};

/** Plain words for a kind of detail: "a postcode". */
export function describeDetailKind(kind: IdentifyingDetailKind): string {
  return KIND_WORDS[kind];
}

const JURISDICTION_NAMES: Record<Jurisdiction, string> = {
  uk: 'United Kingdom',
  ie: 'Ireland',
  au: 'Australia',
  nz: 'New Zealand',
  ca: 'Canada',
  us: 'United States',
};

/** A jurisdiction by its country's plain name: "New Zealand", "United Kingdom". */
export function describeJurisdiction(jurisdiction: Jurisdiction): string {
  return JURISDICTION_NAMES[jurisdiction];
}
