// The shapes of private records once opened, checked before use: a record that decrypts
// but holds something else (damaged before it was sealed, or written by a newer version)
// is set aside and counted, never allowed to break the journal or a restore. Unknown
// fields are dropped; every string is length-limited.
import * as v from 'valibot';
import type { ActionCard } from './action-cards';
import { PROGRESS_LEVELS } from './action-cards';
import type { JournalEntry } from './journal';
import type { RecordId } from './types';

/** A long entry is a few thousand words; this is a book. */
const LONG_TEXT = 1_000_000;
const SHORT_TEXT = 10_000;

const text = (max = LONG_TEXT) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const nullableId = v.nullable(id);

const JournalEntrySchema = v.object({
  id,
  templateId: text(200),
  date: isoDate,
  // Fields an entry can do without default to empty, so an entry from an older version
  // still opens.
  title: v.optional(text(SHORT_TEXT), ''),
  answers: v.optional(v.record(v.pipe(v.string(), v.maxLength(200)), text()), () => ({})),
  tags: v.optional(v.pipe(v.array(text(SHORT_TEXT)), v.maxLength(1_000)), () => []),
  feelings: v.optional(
    v.pipe(
      v.array(
        v.object({
          name: text(200),
          intensity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
        }),
      ),
      v.maxLength(100),
    ),
    () => [],
  ),
  values: v.optional(v.pipe(v.array(text(SHORT_TEXT)), v.maxLength(1_000)), () => []),
  links: v.optional(
    v.object({
      workshopId: v.optional(nullableId, null),
      incidentId: v.optional(nullableId, null),
      literatureId: v.optional(nullableId, null),
    }),
    () => ({ workshopId: null, incidentId: null, literatureId: null }),
  ),
  createdAt: time,
  updatedAt: time,
});

const FollowUpSchema = v.object({
  on: isoDate,
  progress: v.picklist(PROGRESS_LEVELS),
  helped: text(),
  hindered: text(),
});

const ActionCardSchema = v.object({
  id,
  date: isoDate,
  heading: v.optional(text(SHORT_TEXT), ''),
  workshopId: v.optional(nullableId, null),
  actions: v.pipe(
    v.array(
      v.object({
        id,
        text: v.optional(text(), ''),
        byWhen: v.optional(v.nullable(isoDate), null),
        followUps: v.optional(v.pipe(v.array(FollowUpSchema), v.maxLength(1_000)), () => []),
      }),
    ),
    v.maxLength(3),
  ),
  nextFollowUpOn: v.optional(v.nullable(isoDate), null),
  createdAt: time,
  updatedAt: time,
});

/** An opened journal entry, or null if it is not one. */
export function parseJournalEntry(value: unknown): JournalEntry | null {
  const parsed = v.safeParse(JournalEntrySchema, value);
  return parsed.success
    ? ({ ...parsed.output, id: parsed.output.id as RecordId } as JournalEntry)
    : null;
}

/** An opened action card, or null if it is not one. */
export function parseActionCard(value: unknown): ActionCard | null {
  const parsed = v.safeParse(ActionCardSchema, value);
  return parsed.success ? (parsed.output as ActionCard) : null;
}

/** Whether an opened record is an object at all (drafts and check-ins keep their own shape). */
export function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
