import { describe, expect, it } from 'vitest';
import { findIdentifyingDetails } from '../../../src/domain/anonymise';
import {
  isMedicareNumber,
  isNationalInsuranceNumber,
  isNhiNumber,
  isPpsNumber,
  isQuebecHealthNumber,
  isSocialInsuranceNumber,
  isSocialSecurityNumber,
  isTaxFileNumber,
  passesLuhn,
} from '../../../src/domain/anonymise-check-digits';
import { jurisdictionFromLocale, type Jurisdiction } from '../../../src/domain/jurisdiction';

/** "kind:text" for each detail found with the group's jurisdiction. */
function found(text: string, jurisdiction: Jurisdiction): string[] {
  return findIdentifyingDetails(text, { jurisdiction }).map((d) => `${d.kind}:${d.text}`);
}

describe('the jurisdiction a locale points to', () => {
  it.each([
    ['en-GB', 'uk'],
    ['en-IE', 'ie'],
    ['ga-IE', 'ie'],
    ['en-AU', 'au'],
    ['en-NZ', 'nz'],
    ['mi-NZ', 'nz'],
    ['en-CA', 'ca'],
    ['fr-CA', 'ca'],
    ['en-US', 'us'],
    ['es-US', 'us'],
    ['en_AU', 'au'],
    ['zh-Hant-CA', 'ca'],
    ['en', 'uk'],
    ['de-DE', 'uk'],
    ['', 'uk'],
    [undefined, 'uk'],
  ])('%s → %s', (locale, expected) => {
    expect(jurisdictionFromLocale(locale)).toBe(expected);
  });
});

describe('check digits', () => {
  it('National Insurance numbers: letters never issued are refused', () => {
    expect(isNationalInsuranceNumber('AB123456C')).toBe(true);
    expect(isNationalInsuranceNumber('ab 12 34 56 c')).toBe(true);
    expect(isNationalInsuranceNumber('QQ123456C')).toBe(false); // Q never leads
    expect(isNationalInsuranceNumber('AO123456C')).toBe(false); // O never second
    expect(isNationalInsuranceNumber('GB123456A')).toBe(false); // a pair never issued
    expect(isNationalInsuranceNumber('AB123456E')).toBe(false); // suffix A to D only
  });

  it('PPS numbers: modulus 23, with and without a second letter', () => {
    expect(isPpsNumber('1234567T')).toBe(true);
    expect(isPpsNumber('1234567TW')).toBe(true);
    expect(isPpsNumber('1234567FA')).toBe(true);
    expect(isPpsNumber('1234567A')).toBe(false);
    expect(isPpsNumber('1234567TA')).toBe(false);
  });

  it('Medicare numbers: weighted check digit, first digit 2 to 6', () => {
    expect(isMedicareNumber('2123456701')).toBe(true);
    expect(isMedicareNumber('21234567011')).toBe(true); // with the person's number
    expect(isMedicareNumber('2123456711')).toBe(false);
    expect(isMedicareNumber('7123456701')).toBe(false);
  });

  it('tax file numbers: weighted sum a multiple of 11', () => {
    expect(isTaxFileNumber('123456782')).toBe(true);
    expect(isTaxFileNumber('123456783')).toBe(false);
  });

  it('NHI numbers: old (mod 11 digit) and new (mod 23 letter) forms', () => {
    expect(isNhiNumber('WLD9413')).toBe(true);
    expect(isNhiNumber('ZAC5361')).toBe(true);
    expect(isNhiNumber('ZBN77VL')).toBe(true);
    expect(isNhiNumber('zsc21tn')).toBe(true);
    expect(isNhiNumber('ZZZ0044')).toBe(false); // a remainder of 0 is never issued
    expect(isNhiNumber('ZZZ00AA')).toBe(false);
    expect(isNhiNumber('WLD9414')).toBe(false);
    expect(isNhiNumber('WLI9413')).toBe(false); // I and O are never used
  });

  it('SIN and Ontario health numbers: Luhn', () => {
    expect(passesLuhn('4234401471')).toBe(true);
    expect(passesLuhn('4234401472')).toBe(false);
    expect(isSocialInsuranceNumber('537529554')).toBe(true);
    expect(isSocialInsuranceNumber('537529555')).toBe(false);
    expect(isSocialInsuranceNumber('046454286')).toBe(false); // 0 is never a first digit
  });

  it('Québec health numbers: a real date of birth, 50 added for women', () => {
    expect(isQuebecHealthNumber('TREM 8507 1512')).toBe(true);
    expect(isQuebecHealthNumber('LAPM92582314')).toBe(true);
    expect(isQuebecHealthNumber('LAPM92632314')).toBe(false);
    expect(isQuebecHealthNumber('TREM 8513 1512')).toBe(false);
  });

  it('Social Security numbers: areas, groups and serials never issued are refused', () => {
    expect(isSocialSecurityNumber('123456789')).toBe(true);
    expect(isSocialSecurityNumber('000456789')).toBe(false);
    expect(isSocialSecurityNumber('666456789')).toBe(false);
    expect(isSocialSecurityNumber('923456789')).toBe(false);
    expect(isSocialSecurityNumber('123006789')).toBe(false);
    expect(isSocialSecurityNumber('123450000')).toBe(false);
  });
});

describe.each<[Jurisdiction, string[][], string[]]>([
  [
    'uk',
    [
      ['NI AB 12 34 56 C', 'national-insurance-number:AB 12 34 56 C'],
      ['jt482915b', 'national-insurance-number:jt482915b'],
      ['NHS 554 240 7218', 'nhs-number:554 240 7218'],
      ['CHI 0503921234', 'chi-number:0503921234'],
      ['LS6 3QW', 'postcode:LS6 3QW'],
      ['07700 900123', 'phone:07700 900123'],
      ['+44 (0)131 496 0000', 'phone:+44 (0)131 496 0000'],
    ],
    ['QQ 12 34 56 C', '554 240 7219', 'D02 X285', 'Parramatta NSW 2150', '123-45-6789', 'K1A 0B1'],
  ],
  [
    'ie',
    [
      ['PPSN 1234567T', 'pps-number:1234567T'],
      ['D02 X285', 'eircode:D02 X285'],
      ['d6w 1234', 'eircode:d6w 1234'],
      ['087 123 4567', 'phone:087 123 4567'],
      ['01 234 5678', 'phone:01 234 5678'],
      ['+353 1 234 5678', 'phone:+353 1 234 5678'],
    ],
    ['1234567A', 'F10 cafe', 'the A1 road', '943 476 5919', 'AB123456C', 'EH6 7QT'],
  ],
  [
    'au',
    [
      ['Medicare 2123 45670 1', 'medicare-number:2123 45670 1'],
      ['2123456701', 'medicare-number:2123456701'],
      ['TFN 123 456 782', 'tax-file-number:123 456 782'],
      ['Parramatta NSW 2150', 'postcode:Parramatta NSW 2150'],
      ['in Fitzroy, VIC 3065', 'postcode:Fitzroy, VIC 3065'],
      ['Hobart TAS 7000', 'postcode:Hobart TAS 7000'],
      ['0491 570 156', 'phone:0491 570 156'],
      ['(02) 5550 1234', 'phone:(02) 5550 1234'],
      ['+61 2 5550 1234', 'phone:+61 2 5550 1234'],
    ],
    [
      '2123 45680 1',
      '123 456 783',
      'NSW and the ACT',
      'room 2150',
      '0131 496 0000',
      '1300 555 123',
    ],
  ],
  [
    'nz',
    [
      ['NHI WLD9413', 'nhi-number:WLD9413'],
      ['NHI NBK73RH', 'nhi-number:NBK73RH'],
      ['021 123 4567', 'phone:021 123 4567'],
      ['09 555 0123', 'phone:09 555 0123'],
      ['+64 21 555 0199', 'phone:+64 21 555 0199'],
    ],
    ['wld9414', 'zzz00aa', 'tab1234', '0800 555 123', '1234567T'],
  ],
  [
    'ca',
    [
      ['SIN 537 529 554', 'social-insurance-number:537 529 554'],
      ['537-529-554', 'social-insurance-number:537-529-554'],
      ['OHIP 4234-401-471-AB', 'health-card-number:4234-401-471-AB'],
      ['4234 401 471', 'health-card-number:4234 401 471'],
      ['RAMQ TREM 8507 1512', 'health-card-number:TREM 8507 1512'],
      ['K1A 0B1', 'postal-code:K1A 0B1'],
      ['h2x1y4', 'postal-code:h2x1y4'],
      ['416-555-0199', 'phone:416-555-0199'],
      ['(613) 555-0143', 'phone:(613) 555-0143'],
      ['+1 204 555 0110', 'phone:+1 204 555 0110'],
    ],
    ['537 529 555', '4234-401-472', 'D1A 0B1', '123-45-6789', '016-555-0199'],
  ],
  [
    'us',
    [
      ['SSN 123-45-6789', 'social-security-number:123-45-6789'],
      ['123 45 6789', 'social-security-number:123 45 6789'],
      ['Springfield, IL 62704', 'zip-code:Springfield, IL 62704'],
      ['Dayton, OH 45402-1234', 'zip-code:Dayton, OH 45402-1234'],
      ['zip code 10027', 'zip-code:10027'],
      ['(312) 555-0136', 'phone:(312) 555-0136'],
      ['202.555.0173', 'phone:202.555.0173'],
      ['1-800-555-0199', 'phone:1-800-555-0199'],
    ],
    ['666-45-6789', '123-00-6789', '62704 cases', 'K1A 0B1', 'Title IV-E', '2.5.1'],
  ],
])('formats from %s', (jurisdiction, flagged, clean) => {
  it.each(flagged)('flags %j', (text, expected) => {
    expect(found(text, jurisdiction)).toEqual([expected]);
  });

  it.each(clean)('does not flag %j', (text) => {
    expect(found(text, jurisdiction)).toEqual([]);
  });
});

describe('phone numbers written internationally', () => {
  it.each<Jurisdiction>(['uk', 'ie', 'au', 'nz', 'ca', 'us'])('are flagged in %s', (where) => {
    expect(found('+234 803 555 0123', where)).toEqual(['phone:+234 803 555 0123']);
    expect(found('0033 6 12 34 56 78', where)).toEqual(['phone:0033 6 12 34 56 78']);
  });
});

describe('local words', () => {
  const localWords = ['Wester Hailes', 'Muirhouse', 'St Kit’s'];
  const local = (text: string) =>
    findIdentifyingDetails(text, { localWords }).map((d) => `${d.kind}:${d.text}`);

  it('flags each entry whole-word, in any case, phrases with any spacing', () => {
    expect(local('a flat in WESTER HAILES')).toEqual(['local-word:WESTER HAILES']);
    expect(local('from wester\nhailes')).toEqual(['local-word:wester\nhailes']);
    expect(local('Muirhouse and muirhouse')).toEqual([
      'local-word:Muirhouse',
      'local-word:muirhouse',
    ]);
    expect(local('at St Kit’s on Friday')).toEqual(['local-word:St Kit’s']);
  });

  it('does not flag part of a word, or an empty list', () => {
    expect(local('Muirhouses were built here')).toEqual([]);
    expect(local('the Hailes of it')).toEqual([]);
    expect(findIdentifyingDetails('Muirhouse', { localWords: ['', '  '] })).toEqual([]);
  });
});
