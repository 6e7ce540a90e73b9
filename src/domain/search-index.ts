// Full-text search over the decrypted journal in memory. All entries' lower-cased text is
// joined into one string, so finding a word is one fast native scan of it (indexOf) rather
// than ten thousand small ones; each hit is mapped back to its entry by binary search.

const SEPARATOR = '\u0000';

export interface SearchIndex {
  texts: readonly string[];
  haystack: string;
  /** Where each entry's text starts in the haystack, ascending. */
  starts: readonly number[];
}

export function buildSearchIndex(texts: readonly string[]): SearchIndex {
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  return { texts, haystack: texts.join(SEPARATOR), starts };
}

function entryAt(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Indices of the entries containing every word (words already lower-cased). */
export function findEntries(index: SearchIndex, words: readonly string[]): number[] {
  const clean = words.map((word) => word.replaceAll(SEPARATOR, '')).filter(Boolean);
  if (clean.length === 0) return index.texts.map((_, i) => i);
  // Scan for the longest word (fewest hits), then check the others per hit.
  const [first, ...rest] = [...clean].sort((a, b) => b.length - a.length);
  const found: number[] = [];
  let position = index.haystack.indexOf(first!);
  while (position !== -1) {
    const entry = entryAt(index.starts, position);
    if (rest.every((word) => index.texts[entry]!.includes(word))) found.push(entry);
    const next = index.starts[entry + 1];
    if (next === undefined) break;
    position = index.haystack.indexOf(first!, next);
  }
  return found;
}
