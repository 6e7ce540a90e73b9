import {
  MIN_PASSPHRASE_LENGTH,
  type PassphraseCheck,
  type PassphraseStrength,
} from '../domain/passphrase';

const HINTS: Record<PassphraseStrength, string> = {
  'too-short': `Too short: use at least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words are easiest to remember.`,
  'too-predictable':
    'Too predictable: it repeats the same few characters. Try a few unrelated words.',
  fair: 'Acceptable. Longer is stronger: four or more unrelated words would be better.',
  strong: 'Strong.',
};

/** What to tell someone choosing a passphrase, in plain words. */
export function passphraseHint(check: PassphraseCheck): string {
  return HINTS[check.strength];
}
