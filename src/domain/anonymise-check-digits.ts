// Check digits of the identity numbers the anonymisation check looks for. A number that
// fails its check is most likely a count, a code or a typo, not someone's number, so these
// keep false alarms down where a bare run of digits would be ambiguous.

const sumOf = (values: readonly number[]) => values.reduce((acc, value) => acc + value, 0);
const weighted = (digits: string, weights: readonly number[]) =>
  sumOf(weights.map((weight, i) => weight * Number(digits[i])));

/** NHS number (England, Wales, Isle of Man): ten digits, the last a modulus-11 check. */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const check = 11 - (weighted(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDayOfMonth(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // With a two-digit year, 29 February is possible only in a leap year (00 is 2000).
  if (month === 2 && day === 29) return year % 4 === 0;
  return day <= DAYS_IN_MONTH[month - 1]!;
}

/** Ten digits that start with a real date of birth, DDMMYY (Scotland's CHI number). */
export function isChiNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  return isDayOfMonth(
    Number(digits.slice(0, 2)),
    Number(digits.slice(2, 4)),
    Number(digits.slice(4, 6)),
  );
}

/** The Luhn check most card-like numbers use (Canada's SIN, Ontario's health number). */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Canada's Social Insurance Number: nine digits, Luhn, never starting 0 or 8. */
export function isSocialInsuranceNumber(digits: string): boolean {
  return /^[1-79]\d{8}$/.test(digits) && passesLuhn(digits);
}

/** A US Social Security number: no area 000, 666 or 9xx, no group 00, no serial 0000. */
export function isSocialSecurityNumber(digits: string): boolean {
  const match = /^(\d{3})(\d{2})(\d{4})$/.exec(digits);
  if (!match) return false;
  const [, area, group, serial] = match;
  return !/^(?:000|666|9\d\d)$/.test(area!) && group !== '00' && serial !== '0000';
}

/** Australia's Medicare card number: ten digits (an eleventh for the person), first 2 to 6. */
export function isMedicareNumber(digits: string): boolean {
  if (!/^[2-6]\d{9}\d?$/.test(digits)) return false;
  return weighted(digits, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === Number(digits[8]);
}

/** Australia's tax file number: nine digits whose weighted sum is a multiple of 11. */
export function isTaxFileNumber(digits: string): boolean {
  return /^\d{9}$/.test(digits) && weighted(digits, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

/**
 * Ireland's PPS number: seven digits and a check letter, sometimes a second letter
 * ("1234567T", "1234567FA"). The check is modulus 23 over the digits and that letter.
 */
export function isPpsNumber(code: string): boolean {
  const match = /^(\d{7})([A-W])([A-IW]?)$/i.exec(code);
  if (!match) return false;
  const [, digits, check, extra] = match;
  const extraValue = extra && extra.toUpperCase() !== 'W' ? letterValue(extra) : 0;
  const sum = weighted(digits!, [8, 7, 6, 5, 4, 3, 2]) + extraValue * 9;
  const expected = sum % 23 === 0 ? 'W' : String.fromCharCode(64 + (sum % 23));
  return check!.toUpperCase() === expected;
}

const letterValue = (letter: string) => letter.toUpperCase().charCodeAt(0) - 64;

// NHI letters leave out I and O, so A is 1 and Z is 24.
const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const nhiValue = (char: string) => (/\d/.test(char) ? Number(char) : NHI_LETTERS.indexOf(char) + 1);

/**
 * New Zealand's National Health Index number, in the old form AAA9999 (a modulus-11 check
 * digit) or the new AAA99AA (a modulus-23 check letter).
 */
export function isNhiNumber(code: string): boolean {
  const nhi = code.toUpperCase();
  const isOld = /^[A-HJ-NP-Z]{3}\d{4}$/.test(nhi);
  const isNew = /^[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z]{2}$/.test(nhi);
  if (!isOld && !isNew) return false;
  const sum = sumOf([...nhi.slice(0, 6)].map((char, i) => nhiValue(char) * (7 - i)));
  const modulus = isOld ? 11 : 23;
  const remainder = sum % modulus;
  if (remainder === 0) return false;
  if (isOld) return (11 - remainder) % 10 === Number(nhi[6]);
  return NHI_LETTERS[23 - remainder - 1] === nhi[6];
}

/**
 * A UK National Insurance number: two letters, six digits, a letter A to D. D, F, I, Q, U
 * and V never appear in the prefix, O never second, and some pairs are never issued.
 */
export function isNationalInsuranceNumber(code: string): boolean {
  const ni = code.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(ni)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(ni.slice(0, 2));
}

/**
 * Québec's health insurance number (RAMQ): four letters from the name, then the date of
 * birth as YYMMDD (50 added to the month for women) and two more digits.
 */
export function isQuebecHealthNumber(code: string): boolean {
  const match = /^[A-Z]{4}(\d{2})(\d{2})(\d{2})\d{2}$/.exec(code.replace(/\s+/g, ''));
  if (!match) return false;
  const month = Number(match[2]) > 50 ? Number(match[2]) - 50 : Number(match[2]);
  return isDayOfMonth(Number(match[3]), month, Number(match[1]));
}
