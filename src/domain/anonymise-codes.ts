// Identity numbers written with letters as well as digits, by jurisdiction: the UK's
// National Insurance number, Ireland's PPS number, New Zealand's NHI number, and Canada's
// health card numbers (Québec's, and Ontario's with its version code).
import type { IdentifyingDetail, IdentifyingDetailKind } from './anonymise';
import {
  isNationalInsuranceNumber,
  isNhiNumber,
  isPpsNumber,
  isQuebecHealthNumber,
  passesLuhn,
} from './anonymise-check-digits';
import type { Jurisdiction } from './jurisdiction';

interface CodeRule {
  pattern: RegExp;
  kind: IdentifyingDetailKind;
  isValid: (code: string) => boolean;
}

const NATIONAL_INSURANCE: CodeRule = {
  pattern: /\b[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d]\b/gi,
  kind: 'national-insurance-number',
  isValid: isNationalInsuranceNumber,
};

const PPS_NUMBER: CodeRule = {
  pattern: /\b\d{7}[a-w][a-iw]?\b/gi,
  kind: 'pps-number',
  isValid: isPpsNumber,
};

const NHI_NUMBER: CodeRule = {
  pattern: /\b[a-z]{3}\d{2}(?:\d{2}|[a-z]{2})\b/gi,
  kind: 'nhi-number',
  isValid: isNhiNumber,
};

const QUEBEC_HEALTH: CodeRule = {
  pattern: /\b[A-Z]{4} ?\d{4} ?\d{4}\b/g,
  kind: 'health-card-number',
  isValid: isQuebecHealthNumber,
};

const ONTARIO_HEALTH: CodeRule = {
  // Only with its version code here: the ten digits alone are a run of digits (numbers).
  pattern: /(?<![\w-])\d{4}[ -]?\d{3}[ -]?\d{3}[ -]?[A-Z]{2}\b/g,
  kind: 'health-card-number',
  isValid: (code) => passesLuhn(code.replace(/[^\d]/g, '')),
};

const RULES: Record<Jurisdiction, readonly CodeRule[]> = {
  uk: [NATIONAL_INSURANCE],
  ie: [PPS_NUMBER],
  au: [],
  nz: [NHI_NUMBER],
  ca: [QUEBEC_HEALTH, ONTARIO_HEALTH],
  us: [],
};

export function findIdentityCodes(text: string, jurisdiction: Jurisdiction): IdentifyingDetail[] {
  return RULES[jurisdiction].flatMap(({ pattern, kind, isValid }) =>
    [...text.matchAll(pattern)]
      .filter(([code]) => isValid(code))
      .map((match) => ({
        kind,
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
      })),
  );
}
