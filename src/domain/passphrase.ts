// How strong a new passphrase is. Length is what matters: no rules about symbols or capitals
// (NIST SP 800-63B), and paste is always allowed. The words for each verdict are the
// features' (private/passphrase-words.ts).

export const MIN_PASSPHRASE_LENGTH = 12;

export type PassphraseStrength = 'too-short' | 'too-predictable' | 'fair' | 'strong';

export interface PassphraseCheck {
  strength: PassphraseStrength;
  isAcceptable: boolean;
}

export function checkPassphrase(passphrase: string): PassphraseCheck {
  const text = passphrase.normalize('NFKC');
  const length = [...text].length;
  if (length < MIN_PASSPHRASE_LENGTH) return { strength: 'too-short', isAcceptable: false };
  if (new Set(text.toLowerCase()).size < 5) {
    return { strength: 'too-predictable', isAcceptable: false };
  }
  const words = text.split(/[\s\-_.,]+/).filter((w) => w.length >= 3).length;
  if (length >= 20 || (length >= 16 && words >= 4))
    return { strength: 'strong', isAcceptable: true };
  return { strength: 'fair', isAcceptable: true };
}
