// A plain-language strength hint for a new passphrase. Length is what matters: no rules
// about symbols or capitals (NIST SP 800-63B), and paste is always allowed.

const MIN_PASSPHRASE_LENGTH = 12;

type Strength = 'too-short' | 'too-predictable' | 'fair' | 'strong';

export interface PassphraseCheck {
  strength: Strength;
  isAcceptable: boolean;
  hint: string;
}

export function checkPassphrase(passphrase: string): PassphraseCheck {
  const text = passphrase.normalize('NFKC');
  const length = [...text].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      strength: 'too-short',
      isAcceptable: false,
      hint: `Too short: use at least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words are easiest to remember.`,
    };
  }
  if (new Set(text.toLowerCase()).size < 5) {
    return {
      strength: 'too-predictable',
      isAcceptable: false,
      hint: 'Too predictable: it repeats the same few characters. Try a few unrelated words.',
    };
  }
  const words = text.split(/[\s\-_.,]+/).filter((w) => w.length >= 3).length;
  if (length >= 20 || (length >= 16 && words >= 4)) {
    return { strength: 'strong', isAcceptable: true, hint: 'Strong.' };
  }
  return {
    strength: 'fair',
    isAcceptable: true,
    hint: 'Acceptable. Longer is stronger: four or more unrelated words would be better.',
  };
}
