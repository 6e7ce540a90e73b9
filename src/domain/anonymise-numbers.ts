// Runs of digits as people type them ("07700 900123", "+61 2 9876 5432", "123-45-6789"),
// told apart by the group's jurisdiction: a phone number, or an identity number whose shape
// and check digit fit. International phone numbers (+ or 00) are flagged wherever the group is.
import type { IdentifyingDetail, IdentifyingDetailKind } from './anonymise';
import {
  isChiNumber,
  isMedicareNumber,
  isNhsNumber,
  isSocialInsuranceNumber,
  isSocialSecurityNumber,
  isTaxFileNumber,
  passesLuhn,
} from './anonymise-check-digits';
import type { Jurisdiction } from './jurisdiction';

// Digit groups split by a space, hyphen or dot, some in brackets ("(02) 9876 5432"), and a
// UK-style "(0)" after a country code.
const NUMBER_RUN =
  /(?<![\w+/.,£$€-])\+?\(?\d{1,12}\)?(?:(?:[ .-]{1,2}|(?<=\)))\(?\d{1,12}\)?){0,5}(?![\w/]|[.,-]\d)/g;

interface Run {
  /** The digits alone. */
  digits: string;
  /** Each group's length, joined with hyphens: "3-3-4". */
  shape: string;
  groups: string[];
  separators: string;
}

function readRun(raw: string): Run {
  const groups = raw
    .replace('(0)', ' ')
    .split(/[^\d]+/)
    .filter(Boolean);
  return {
    digits: groups.join(''),
    shape: groups.map((g) => g.length).join('-'),
    groups,
    separators: raw.replace(/[\d()+]/g, ''),
  };
}

type Classifier = (run: Run) => IdentifyingDetailKind | undefined;

/** Phone-like grouping: up to four groups of three digits or more (an area code may have two). */
const isPhoneShaped = ({ groups }: Run) =>
  groups.length <= 4 && groups.every((g, i) => g.length >= 3 || (i === 0 && g.length === 2));

const nationalPhone =
  (pattern: RegExp): Classifier =>
  (run) =>
    isPhoneShaped(run) && pattern.test(run.digits) ? 'phone' : undefined;

const ukPhone = nationalPhone(/^0[1235789]\d{8,9}$/);
// Ireland: mobiles 08x and seven digits; landlines 0, an area code and five to seven digits.
const irishPhone = nationalPhone(/^0(?:8[35679]\d{7}|[1-9]\d{7,8})$/);
// Australia: 02, 03, 07 and 08 for landlines, 04 for mobiles, then eight digits.
const australianPhone = nationalPhone(/^0[23478]\d{8}$/);
// New Zealand: mobiles 02x and six to eight digits; landlines 03, 04, 06, 07, 09 and seven.
const newZealandPhone = nationalPhone(/^0(?:2\d{7,9}|[34679]\d{7})$/);

/** North America: area code and exchange each start 2 to 9, with or without a leading 1. */
const northAmericanPhone: Classifier = ({ digits, shape }) => {
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  const isShaped = ['10', '3-3-4', '1-3-3-4', '11', '3-7', '6-4'].includes(shape);
  return isShaped && /^[2-9]\d\d[2-9]\d{6}$/.test(national) ? 'phone' : undefined;
};

const healthNumbersOfUk: Classifier = ({ digits, shape }) => {
  if (digits.length !== 10 || !['10', '3-3-4', '6-4'].includes(shape)) return undefined;
  if (isChiNumber(digits)) return 'chi-number';
  return isNhsNumber(digits) ? 'nhs-number' : undefined;
};

const medicare: Classifier = ({ digits, shape }) =>
  ['10', '11', '4-5-1', '4-5-1-1', '4-6', '4-5-2', '4-3-3'].includes(shape) &&
  isMedicareNumber(digits)
    ? 'medicare-number'
    : undefined;

const taxFileNumber: Classifier = ({ digits, shape }) =>
  ['9', '3-3-3'].includes(shape) && isTaxFileNumber(digits) ? 'tax-file-number' : undefined;

const socialInsuranceNumber: Classifier = ({ digits, shape }) =>
  ['9', '3-3-3'].includes(shape) && isSocialInsuranceNumber(digits)
    ? 'social-insurance-number'
    : undefined;

/** Ontario's health number: ten digits, Luhn (its version code is found with it elsewhere). */
const ontarioHealthNumber: Classifier = ({ digits, shape }) =>
  ['10', '4-3-3'].includes(shape) && passesLuhn(digits) ? 'health-card-number' : undefined;

const socialSecurityNumber: Classifier = ({ digits, shape, separators }) =>
  shape === '3-2-4' && /^(?:--| {2})$/.test(separators) && isSocialSecurityNumber(digits)
    ? 'social-security-number'
    : undefined;

// Identity numbers first: "943 476 5919" is an NHS number before it is a phone number.
const CLASSIFIERS: Record<Jurisdiction, readonly Classifier[]> = {
  uk: [healthNumbersOfUk, ukPhone],
  ie: [irishPhone],
  au: [medicare, taxFileNumber, australianPhone],
  nz: [newZealandPhone],
  ca: [socialInsuranceNumber, ontarioHealthNumber, northAmericanPhone],
  us: [socialSecurityNumber, northAmericanPhone],
};

/** "+353 87 123 4567", "0044 20 7946 0018": a country code, then eight to fourteen digits. */
function isInternationalPhone(raw: string, run: Run): boolean {
  const isMarked = raw.startsWith('+') || /^00[1-9]/.test(run.digits);
  const length = raw.startsWith('+') ? run.digits.length : run.digits.length - 2;
  return isMarked && length >= 9 && length <= 15;
}

export function findNumbers(text: string, jurisdiction: Jurisdiction): IdentifyingDetail[] {
  const found: IdentifyingDetail[] = [];
  for (const match of text.matchAll(NUMBER_RUN)) {
    const raw = match[0];
    const run = readRun(raw);
    const kind = isInternationalPhone(raw, run)
      ? 'phone'
      : CLASSIFIERS[jurisdiction].map((classify) => classify(run)).find(Boolean);
    if (kind) found.push({ kind, start: match.index, end: match.index + raw.length, text: raw });
  }
  return found;
}
