// A journal's name is all that shows of it before unlocking, on a device others may use:
// it must be readable as typed, short, and unlike any other journal's on the device.

/** Longest name kept: enough for a name or initials, short enough for a radio label. */
export const JOURNAL_NAME_MAX = 60;

export const DEFAULT_JOURNAL_NAME = 'My journal';

// Bidirectional controls can make a name display as another (a Trojan-source trick), and
// other invisible format characters make two names look alike: neither belongs in a name.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

/** The name as stored: invisible and control characters gone, spaces tidied, cut to length. */
export function cleanJournalName(raw: string): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return [...cleaned].slice(0, JOURNAL_NAME_MAX).join('').trim();
}

/** Two names that a person would read as the same: case and spacing ignored. */
function sameJournalName(a: string, b: string): boolean {
  const key = (name: string) => cleanJournalName(name).normalize('NFKC').toLocaleLowerCase('en-GB');
  return key(a) === key(b);
}

/** Whether `name` is already taken by one of `existing` (the other journals on this device). */
export function isJournalNameTaken(name: string, existing: readonly string[]): boolean {
  return existing.some((other) => sameJournalName(name, other));
}

/**
 * A free name based on `name`: itself if free, else "name (2)", "name (3)"… For a journal
 * that arrives with a name already taken (a restored copy), so no two journals look alike.
 */
export function uniqueJournalName(name: string, existing: readonly string[]): string {
  const base = cleanJournalName(name) || DEFAULT_JOURNAL_NAME;
  if (!isJournalNameTaken(base, existing)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const stem = [...base]
      .slice(0, JOURNAL_NAME_MAX - suffix.length)
      .join('')
      .trim();
    const candidate = `${stem}${suffix}`;
    if (!isJournalNameTaken(candidate, existing)) return candidate;
  }
}
