// Journal entries as plain data, and the pure rules around them: templates from the
// reflection models, search, filters, ordering and plain-text export. Entries only ever
// reach storage sealed (vault/); nothing here knows about keys.
import { findModel, modelsFor } from './reflection-models/registry';
import type { ReflectionModel } from './reflection-models/types';
import type { EpochMs, IncidentId, IsoDate, LiteratureId, RecordId, WorkshopId } from './types';

export interface EntryLinks {
  workshopId: WorkshopId | null;
  incidentId: IncidentId | null;
  literatureId: LiteratureId | null;
}

export interface Feeling {
  name: string;
  /** 1 (a little) to 5 (overwhelming). */
  intensity: number;
}

export interface JournalEntry {
  id: RecordId;
  /** The reflection model the entry follows; one answer per stage. */
  templateId: string;
  date: IsoDate;
  title: string;
  answers: Record<string, string>;
  tags: string[];
  feelings: Feeling[];
  /** The values at stake, in the writer's words (e.g. "honesty", "the child's voice"). */
  values: string[];
  links: EntryLinks;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

/** A small set: naming a feeling and its strength is the point, not a taxonomy. */
export const FEELINGS = [
  'anxious',
  'sad',
  'angry',
  'frustrated',
  'guilty',
  'confused',
  'calm',
  'hopeful',
  'proud',
  'relieved',
] as const;

const NO_LINKS: EntryLinks = { workshopId: null, incidentId: null, literatureId: null };

/** The templates a new entry may start from, in the registry's order. */
export function journalTemplates(): ReflectionModel[] {
  return modelsFor('journal');
}

export function templateOf(entry: Pick<JournalEntry, 'templateId'>): ReflectionModel | undefined {
  return findModel(entry.templateId);
}

export function makeEntry(input: {
  id: RecordId;
  templateId: string;
  date: IsoDate;
  now: EpochMs;
  links?: Partial<EntryLinks>;
}): JournalEntry {
  return {
    id: input.id,
    templateId: input.templateId,
    date: input.date,
    title: '',
    answers: {},
    tags: [],
    feelings: [],
    values: [],
    links: { ...NO_LINKS, ...input.links },
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** Splits "a, b ,c" into trimmed, de-duplicated words; used for tags and values. */
export function parseList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item) seen.add(item);
  }
  return [...seen];
}

/** True when the entry has nothing written in it yet. */
export function isBlank(entry: JournalEntry): boolean {
  return (
    !entry.title.trim() &&
    Object.values(entry.answers).every((text) => !text.trim()) &&
    entry.tags.length === 0 &&
    entry.feelings.length === 0 &&
    entry.values.length === 0
  );
}

/** The entry's heading in lists: its title, or the start of what was written ('' if none). */
export function entryHeading(entry: JournalEntry): string {
  if (entry.title.trim()) return entry.title.trim();
  const first = Object.values(entry.answers).find((text) => text.trim());
  if (!first) return '';
  const line = first.trim().split('\n')[0]!;
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}

/** Everything searchable in an entry, lower-cased once so each search is a plain scan. */
export function searchableText(entry: JournalEntry): string {
  return [
    entry.title,
    ...Object.values(entry.answers),
    ...entry.tags,
    ...entry.values,
    ...entry.feelings.map((f) => f.name),
  ]
    .join('\n')
    .toLowerCase();
}

/** Words of a query, lower-cased; an entry matches when it contains every one. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesWords(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}

export interface EntryFilter {
  tag: string;
  templateId: string;
  /** "workshop:<id>", "incident:<id>", "literature:<id>", or "" for any. */
  link: string;
  from: IsoDate | '';
  to: IsoDate | '';
}

export const NO_FILTER: EntryFilter = { tag: '', templateId: '', link: '', from: '', to: '' };

export function matchesFilter(entry: JournalEntry, filter: EntryFilter): boolean {
  if (filter.tag && !entry.tags.includes(filter.tag)) return false;
  if (filter.templateId && entry.templateId !== filter.templateId) return false;
  if (filter.from && entry.date < filter.from) return false;
  if (filter.to && entry.date > filter.to) return false;
  if (filter.link) {
    const [kind, id] = filter.link.split(':');
    const linked =
      kind === 'workshop'
        ? entry.links.workshopId
        : kind === 'incident'
          ? entry.links.incidentId
          : kind === 'literature'
            ? entry.links.literatureId
            : null;
    if (linked !== id) return false;
  }
  return true;
}

/** Newest first: by the entry's date, then by when it was written. */
export function compareNewestFirst(a: JournalEntry, b: JournalEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.createdAt - a.createdAt;
}

/** Every tag in use, alphabetically, for the filter. */
export function allTags(entries: Iterable<JournalEntry>): string[] {
  const tags = new Set<string>();
  for (const entry of entries) for (const tag of entry.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** The stages of an entry's template with what was written for each (blank ones left out). */
export function answeredStages(entry: JournalEntry): { title: string; text: string }[] {
  const model = templateOf(entry);
  const stages = model?.stages ?? [];
  const known = stages
    .map((stage) => ({ title: stage.title, text: entry.answers[stage.id]?.trim() ?? '' }))
    .filter((stage) => stage.text);
  // Answers to stages a template no longer has are still the writer's words: keep them.
  const extra = Object.entries(entry.answers)
    .filter(([id, text]) => !stages.some((stage) => stage.id === id) && text.trim())
    .map(([id, text]) => ({ title: id, text: text.trim() }));
  return [...known, ...extra];
}

/** Questions to think about before the next workshop. */
export const BEFORE_NEXT_WORKSHOP_PROMPTS = [
  'What has stayed with you from the last workshop?',
  'What have you tried differently since, and what happened?',
  'Is there a situation you would like to bring to the group as a critical incident?',
  'Which assumption of yours would you like the group to question?',
];

/** The last workshop on or before today and the next one after it. */
export function workshopWindow<W extends { date: IsoDate }>(
  workshops: readonly W[],
  today: IsoDate,
): { last: W | null; next: W | null } {
  let last: W | null = null;
  let next: W | null = null;
  for (const workshop of workshops) {
    if (workshop.date <= today) {
      if (!last || workshop.date > last.date) last = workshop;
    } else if (!next || workshop.date < next.date) next = workshop;
  }
  return { last, next };
}
