import { describe, expect, it } from 'vitest';
import {
  findIdentifyingDetails,
  withoutAccepted,
  type IdentifyingDetailKind,
} from '../../../src/domain/anonymise';
import { isChiNumber, isNhsNumber } from '../../../src/domain/anonymise-check-digits';

/** "kind:text" for each detail found, in order. */
function found(text: string, knownNames: string[] = []): string[] {
  return findIdentifyingDetails(text, { knownNames }).map((d) => `${d.kind}:${d.text}`);
}

function kinds(text: string): IdentifyingDetailKind[] {
  return findIdentifyingDetails(text).map((d) => d.kind);
}

describe('personal names', () => {
  it.each([
    ['Mrs Kowalski would not let me in.', 'name:Mrs Kowalski'],
    ['I spoke to Mr. Okafor on the doorstep.', 'name:Mr. Okafor'],
    ['Dr Jane Patel from the GP surgery', 'name:Dr Jane Patel'],
    ['Kayleigh told me she was scared.', 'name:Kayleigh'],
    ['I visited Tyler Brown at school.', 'name:Tyler Brown'],
    ['Mhairi and Eilidh were both there.', 'name:Mhairi'],
    ['her son, Jaxon, was asleep', 'name:Jaxon'],
    ['the boy was called Brayden', 'name:Brayden'],
    ["Jaxon's mum was angry", 'name:Jaxon'],
    ['Skylar (7) was at home', 'name:Skylar'],
    ['Skylar, aged 7, was at home', 'name:Skylar'],
    ['Grace Thompson opened the door', 'name:Grace Thompson'],
    ['her daughter Grace was crying', 'name:Grace'],
    ['Will Johnson phoned back', 'name:Will Johnson'],
    ['we met siobhan at the office', 'name:siobhan'],
    ['Siân was upset', 'name:Siân'],
    ['Seán explained', 'name:Seán'],
    ['Anna-Marie came too', 'name:Anna-Marie'],
  ])('flags %j', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    'Will you come to the next workshop?',
    'May I say something about power?',
    'Mark the date in your diary.',
    'We hope the group keeps going.',
    'Grace under pressure is hard.',
    'The amber light on the risk matrix.',
    'Frank and open discussion helped.',
    'In April we met for the first time; in June we finished.',
    'Social Work Scotland and the Care Inspectorate',
    'The Council decided; Child A was moved.',
    "Child B's mum was not told.",
    'Her mum and her gran came to the meeting.',
    'Gran’s partner was not there.',
    'Critical reflection is not supervision.',
    "Don't give advice: ask questions.",
    'We read Fook and Gardner (2007) before the session.',
    'Munro (2011) argues for a learning culture.',
    'Eileen Munro (2011) argues for a learning culture.',
    'Smith et al. 2012 describe relational practice.',
  ])('does not flag %j', (text) => {
    expect(found(text).filter((d) => d.startsWith('name:'))).toEqual([]);
  });

  it('does not flag the group’s own members', () => {
    expect(found('Sarah presented and Tom asked questions.', ['Sarah', 'Tom K'])).toEqual([]);
    expect(found('Sarah Jones presented', ['Sarah'])).toEqual(['name:Sarah Jones']);
    expect(found('Siân presented', ['Sian'])).toEqual([]);
  });

  it('reports exact offsets that slice back to the text', () => {
    const text = 'On Tuesday, Kayleigh Smith said no.';
    const [detail] = findIdentifyingDetails(text);
    expect(detail).toMatchObject({ kind: 'name', text: 'Kayleigh Smith' });
    expect(text.slice(detail!.start, detail!.end)).toBe('Kayleigh Smith');
  });
});

describe('dates of birth', () => {
  it.each([
    ['DOB: 12/03/2015', 'date-of-birth:12/03/2015'],
    ['D.O.B. 12.03.15', 'date-of-birth:12.03.15'],
    ['dob 1-9-2019', 'date-of-birth:1-9-2019'],
    ['date of birth 3 March 2015', 'date-of-birth:3 March 2015'],
    ['born on the 3rd of March 2015', 'date-of-birth:3rd of March 2015'],
    ['she was born in March 2019', 'date-of-birth:March 2019'],
    ['12/03/2015 (DOB)', 'date-of-birth:12/03/2015'],
    ['b. 04/07/2010', 'date-of-birth:04/07/2010'],
    ['birthday is 14 Feb 2012', 'date-of-birth:14 Feb 2012'],
  ])('flags %j', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    'The visit on 12/03/2024 went badly.',
    'We meet on 14 April 2026 at 09:30.',
    'A new way of working was born out of this.',
    'Born into a procedural culture, we learnt to fear risk.',
  ])('does not flag %j', (text) => {
    expect(kinds(text)).not.toContain('date-of-birth');
  });
});

describe('addresses and postcodes', () => {
  it.each([
    ['They live at 14 Leith Walk now.', 'address:14 Leith Walk'],
    ['moved to 3a Victoria Road last month', 'address:3a Victoria Road'],
    ['Flat 2/1, 45 Dumbarton Rd', 'address:Flat 2/1'],
    ['Flat 2/1, 45 Dumbarton Rd', 'address:45 Dumbarton Rd'],
    ['the family on Gorgie Road', 'address:Gorgie Road'],
    ['a house in Easter Drylaw Drive', 'address:Easter Drylaw Drive'],
  ])('flags %j', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    ['EH6 7QT', 'postcode:EH6 7QT'],
    ['postcode eh67qt', 'postcode:eh67qt'],
    ['SW1A 1AA', 'postcode:SW1A 1AA'],
    ['M1 1AE', 'postcode:M1 1AE'],
    ['near G51 2LS', 'postcode:G51 2LS'],
    ['CF10 3NQ in Cardiff', 'postcode:CF10 3NQ'],
    ['BT1 5GS', 'postcode:BT1 5GS'],
  ])('flags the postcode %j', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    'The road to change is long.',
    'We took the A1 north, then the M8.',
    'Room 2nd floor, w1 2nd door',
    'Covid19 changed everything.',
    'This Street-level view of power',
  ])('does not flag %j', (text) => {
    expect(kinds(text).filter((k) => k === 'address' || k === 'postcode')).toEqual([]);
  });
});

describe('phone numbers and e-mail', () => {
  it.each([
    ['07700 900123', 'phone:07700 900123'],
    ['call 07700900123', 'phone:07700900123'],
    ['0131 496 0000', 'phone:0131 496 0000'],
    ['(0131) 496 0000', 'phone:(0131) 496 0000'],
    ['020 7946 0018', 'phone:020 7946 0018'],
    ['+44 7700 900123', 'phone:+44 7700 900123'],
    ['+44 (0)131 496 0000', 'phone:+44 (0)131 496 0000'],
    ['0044 20 7946 0018', 'phone:0044 20 7946 0018'],
    ['01632 960123', 'phone:01632 960123'],
  ])('flags %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('flags e-mail addresses', () => {
    expect(found('write to jo.bloggs+work@example.org.uk today')).toEqual([
      'email:jo.bloggs+work@example.org.uk',
    ]);
  });

  it.each([
    'We met 10 12 15 20 30 times.',
    'There were 120 referrals and 4500 contacts.',
    'Version 2.5.1 of the policy, page 0131.',
    'Workshops at 09:30 and 13:30',
    'The year 2013 and 2014',
    '£1500 budget',
  ])('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('NHS and CHI numbers', () => {
  it('checks the NHS modulus-11 check digit', () => {
    expect(isNhsNumber('9434765919')).toBe(true);
    expect(isNhsNumber('9434765918')).toBe(false);
    expect(isNhsNumber('4010232137')).toBe(true);
    // A check digit of 10 is never issued.
    expect(isNhsNumber('1000000010')).toBe(false);
  });

  it.each([
    ['NHS no. 943 476 5919', 'nhs-number:943 476 5919'],
    ['9434765919', 'nhs-number:9434765919'],
    ['943-476-5919', 'nhs-number:943-476-5919'],
    ['401 023 2137', 'nhs-number:401 023 2137'],
  ])('flags %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('does not flag ten digits whose check digit is wrong', () => {
    expect(found('943 476 5918')).toEqual([]);
  });

  it('recognises a CHI number by its date of birth', () => {
    expect(isChiNumber('1203151234')).toBe(true);
    expect(isChiNumber('2902001234')).toBe(true);
    expect(isChiNumber('2902011234')).toBe(false);
    expect(isChiNumber('3104151234')).toBe(false);
    expect(isChiNumber('1213151234')).toBe(false);
    expect(found('CHI 1203151234')).toEqual(['chi-number:1203151234']);
    expect(found('CHI 120315 1234')).toEqual(['chi-number:120315 1234']);
  });
});

describe('a whole summary', () => {
  it('finds every kind in order, with no overlaps', () => {
    const text =
      'Kayleigh Smith (DOB 12/03/2015) lives at 14 Leith Walk, EH6 7QT. Mum: 07700 900123, ' +
      'k.smith@example.com. NHS 943 476 5919, CHI 1203151234.';
    expect(kinds(text)).toEqual([
      'name',
      'date-of-birth',
      'address',
      'postcode',
      'phone',
      'email',
      'nhs-number',
      'chi-number',
    ]);
  });

  it('passes a well-anonymised incident untouched', () => {
    const text =
      'A home visit to a mother (M) and her two children (Child A, 7; Child B, 4). I arrived ' +
      'late after a core group meeting. M said the school had reported bruising. I felt ' +
      'torn between the procedure and what I saw. Later, my manager asked why the form was ' +
      'not finished by 5 pm.';
    expect(found(text)).toEqual([]);
  });

  it('leaves out what the writer accepted', () => {
    const details = findIdentifyingDetails('Kayleigh and EH6 7QT');
    expect(withoutAccepted(details, new Set(['Kayleigh'])).map((d) => d.text)).toEqual(['EH6 7QT']);
  });

  it('returns nothing for empty text', () => {
    expect(findIdentifyingDetails('   ')).toEqual([]);
  });
});

describe('what the check used to miss', () => {
  it.each([
    ['Mr O’Neill was at the door.', 'name:Mr O’Neill'],
    ["I rang Mrs O'Brien twice.", "name:Mrs O'Brien"],
    ['Ms McAllister chaired it.', 'name:Ms McAllister'],
    ['Dr MacLeod agreed.', 'name:Dr MacLeod'],
    ['Mr D’Souza-Brown phoned.', 'name:Mr D’Souza-Brown'],
    ['Case ref SW-2023-00412 was reopened.', 'reference-number:SW-2023-00412'],
    ['the file, ref 4471923, was closed', 'reference-number:4471923'],
    ['case no. 12/3456 again', 'reference-number:12/3456'],
    ['client ID: 558812', 'reference-number:558812'],
    ['He goes to Craigroyston Primary now.', 'institution:Craigroyston Primary'],
    ['At Leith Academy they knew her.', 'institution:Leith Academy'],
    ['St Mary’s RC High School called', 'institution:St Mary’s RC High School'],
    ['seen at Muirhouse Medical Centre', 'institution:Muirhouse Medical Centre'],
    ['admitted to the Royal Infirmary', 'institution:Royal Infirmary'],
    ['the Rainbow Nursery staff', 'institution:Rainbow Nursery'],
  ])('flags %j', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('highlights an address without the sentence’s full stop, but keeps an abbreviation’s', () => {
    expect(found('They live at 12 Victoria Road.')).toContain('address:12 Victoria Road');
    expect(found('They live at 12 Victoria Rd. now')).toContain('address:12 Victoria Rd.');
  });

  it.each([
    'The primary task was to listen.',
    'We discussed the high threshold for a referral.',
    'A nursery place was offered.',
    'The hospital discharge was rushed.',
    'Our practice is shaped by procedure.',
    'In 2023-24 the team grew.',
    'We met from 10-12 on Tuesday.',
    'Phase 2 of 4 took 45 min.',
    'The Munro review (2011) and Fook (2002) were discussed.',
    'COVID19 changed everything.',
  ])('does not flag %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('names no list knows, read from their context', () => {
  it.each([
    ['Olumide told me he had not slept.', 'name:Olumide'],
    ['Afterwards Aoife said it helped.', 'name:Aoife'],
    ['her son Kwame was at school', 'name:Kwame'],
    ['I spoke to Olumide’s mother.', 'name:Olumide'],
    ['I spoke to Teodora about it.', 'name:Teodora'],
    ['the client Adaeze moved again', 'name:Adaeze'],
    ['foster carer Nkechi rang', 'name:Nkechi'],
    ['Later Ifeoma Okafor said no.', 'name:Ifeoma Okafor'],
    ['We knew Zainab’s school had a new head.', 'name:Zainab'],
    ['Olumide’s SIN was on the form.', 'name:Olumide'],
  ])('flags %j', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    'Gibbs says the cycle starts with a description.',
    'Brookfield’s lenses helped.',
    'Everyone said it was useful.',
    'Staff told us to wait.',
    'Ofsted said the service required improvement.',
    'The Promise says young people must be heard.',
    'The Child Protection Plan was reviewed.',
    'Women’s Aid said there was a bed.',
    'Tuesday’s meeting ran over.',
    'I asked Housing about the repairs.',
  ])('does not flag %j', (text) => {
    expect(found(text).filter((d) => d.startsWith('name:'))).toEqual([]);
  });
});
