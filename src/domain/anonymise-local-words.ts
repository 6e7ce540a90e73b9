// The group's own list of local words to flag: estates, neighbourhoods, local schools, a
// street everyone knows. A stranger would not recognise them; the group would, and so would
// anyone local who read the material.
import type { IdentifyingDetail } from './anonymise';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for the whole list: each entry whole-word and in any case, a phrase's words
 * apart by any spacing ("Wester  Hailes"), the longest entry first so a phrase wins over its
 * own first word.
 */
function patternOf(localWords: readonly string[]): RegExp | undefined {
  const entries = [...new Set(localWords.map((w) => w.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((entry) => entry.split(/\s+/).map(escape).join('\\s+'));
  if (entries.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${entries.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function findLocalWords(
  text: string,
  localWords: readonly string[] = [],
): IdentifyingDetail[] {
  const pattern = patternOf(localWords);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => ({
    kind: 'local-word',
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** A list as typed, one entry a line (or split by commas), tidied: no blanks, no repeats. */
export function parseLocalWords(typed: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const entry of typed.split(/[\n,;]/)) {
    const word = entry.trim().replace(/\s+/g, ' ');
    if (word && !seen.has(word.toLowerCase())) {
      seen.add(word.toLowerCase());
      words.push(word);
    }
  }
  return words;
}
