// How the journal's screens and exports word an entry.
import { answeredStages, compareNewestFirst, entryHeading, templateOf } from '../../domain/journal';
import type { JournalEntry } from '../../domain/journal';
import type { IsoDate } from '../../domain/types';
import { formatMediumDate } from '../../ui/dates';

/** An entry's date as the journal lists it: "Tue, 14 Apr 2026". */
export function formatEntryDate(date: string): string {
  return formatMediumDate(date);
}

/** An entry's heading in lists: its title, the start of what was written, or "Untitled entry". */
export function entryTitle(entry: JournalEntry): string {
  return entryHeading(entry) || 'Untitled entry';
}

/** Plain Markdown of the chosen entries, oldest first, for the user's own export. */
export function entriesToMarkdown(
  entries: readonly JournalEntry[],
  formatDate: (date: IsoDate) => string,
): string {
  const sorted = [...entries].sort((a, b) => -compareNewestFirst(a, b));
  const parts = sorted.map((entry) => {
    const lines = [`## ${entryTitle(entry)}`, '', `*${formatDate(entry.date)}*`];
    const model = templateOf(entry);
    if (model) lines.push(`*${model.name}*`);
    lines.push('');
    for (const stage of answeredStages(entry)) lines.push(`### ${stage.title}`, '', stage.text, '');
    if (entry.feelings.length) {
      const feelings = entry.feelings.map((f) => `${f.name} (${f.intensity}/5)`).join(', ');
      lines.push(`**Feelings:** ${feelings}`, '');
    }
    if (entry.values.length) lines.push(`**Values at stake:** ${entry.values.join(', ')}`, '');
    if (entry.tags.length) lines.push(`**Tags:** ${entry.tags.join(', ')}`, '');
    return lines.join('\n');
  });
  return `# Reflective journal\n\n${parts.join('\n')}`.trimEnd() + '\n';
}
