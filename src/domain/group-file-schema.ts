// What a group file may hold, field by field. The schema is the privacy boundary as well as
// the validator: parsing keeps only the fields named here (valibot's objects drop any other
// key), so the exporter passes its rows through it and nothing outside the shareable tier, a
// field added later included, can reach a file unless it is named here on purpose.
import * as v from 'valibot';
import { JURISDICTIONS } from './jurisdiction';
import type { Group, Incident, LiteratureItem, Member, RunRecord, Series, Workshop } from './types';

/** Far beyond any real group, and low enough that a hostile file cannot exhaust a tablet. */
export const GROUP_FILE_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  members: 200,
  series: 200,
  workshops: 2_000,
  literature: 5_000,
  incidents: 5_000,
  records: 2_000,
  agendaItems: 60,
  listItems: 200,
  shortText: 500,
  longText: 50_000,
} as const;

const L = GROUP_FILE_LIMITS;

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id'));
const ShortText = v.pipe(v.string(), v.maxLength(L.shortText, 'too long'));
const LongText = v.pipe(v.string(), v.maxLength(L.longText, 'too long'));
/** Milliseconds since 1970, up to the year 3000. */
const Instant = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(32_503_680_000_000));
const Duration = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(7 * 86_400_000));
const Count = (max: number) => v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(max));

function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const CalendarDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date'),
  v.check(isRealDate, 'a real date'),
);
const ClockTime = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a time'));
const TimeZone = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_+\-/]{1,64}$/, 'a time zone'));
const List = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, 'too many'));

const GroupSchema = v.object({
  id: Id,
  name: ShortText,
  groundRules: LongText,
  confidentiality: LongText,
  timeZone: v.optional(TimeZone),
  jurisdiction: v.optional(v.picklist(JURISDICTIONS)),
  localWords: v.optional(List(ShortText, L.listItems)),
  createdAt: Instant,
  updatedAt: Instant,
});

const MemberSchema = v.object({
  id: Id,
  groupId: Id,
  displayName: ShortText,
  role: v.picklist(['facilitator', 'co-facilitator', 'participant']),
  createdAt: Instant,
  updatedAt: v.optional(Instant),
});

const SeriesSchema = v.object({
  id: Id,
  groupId: Id,
  title: ShortText,
  startDate: CalendarDate,
  cadenceWeeks: Count(52),
  startTime: ClockTime,
  createdAt: Instant,
  updatedAt: Instant,
});

const AgendaKind = v.picklist([
  'catch-up',
  'literature',
  'incident',
  'reflection',
  'break',
  'custom',
]);

const AgendaItemSchema = v.object({
  id: Id,
  kind: AgendaKind,
  title: ShortText,
  minutes: Count(24 * 60),
  incidentId: v.optional(Id),
});

const WorkshopSchema = v.object({
  id: Id,
  seriesId: v.nullable(Id),
  groupId: v.nullable(Id),
  kind: v.picklist(['regular', 'follow-up']),
  position: Count(L.workshops),
  date: CalendarDate,
  startTime: ClockTime,
  lengthMinutes: Count(24 * 60),
  venue: ShortText,
  agenda: List(AgendaItemSchema, L.agendaItems),
  facilitatorId: v.nullable(Id),
  literatureIds: List(Id, L.listItems),
  createdAt: Instant,
  updatedAt: Instant,
});

const LiteratureSchema = v.object({
  id: Id,
  groupId: Id,
  authors: ShortText,
  year: v.pipe(v.string(), v.maxLength(20, 'too long')),
  title: ShortText,
  source: ShortText,
  link: v.pipe(v.string(), v.maxLength(2_000, 'too long')),
  summary: LongText,
  questions: List(LongText, L.listItems),
  createdAt: Instant,
  updatedAt: Instant,
});

const IncidentSchema = v.object({
  id: Id,
  groupId: Id,
  workshopId: v.nullable(Id),
  presenterId: v.nullable(Id),
  title: ShortText,
  summary: LongText,
  modelId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/, 'a model')),
  stage: v.picklist(['deconstruction', 'reconstruction']),
  carriedFromId: v.nullable(Id),
  newTitle: v.optional(ShortText),
  createdAt: Instant,
  updatedAt: Instant,
});

const PhaseSchema = v.object({
  id: Id,
  kind: AgendaKind,
  title: ShortText,
  incidentId: v.optional(Id),
  plannedMinutes: Count(24 * 60),
  allottedMs: Duration,
  extensionMs: Duration,
  elapsedMs: Duration,
  runningSince: v.nullable(Instant),
  firstStartedAt: v.nullable(Instant),
  lastEndedAt: v.nullable(Instant),
  isSkipped: v.optional(v.boolean()),
});

const TimingSchema = v.object({
  phases: List(PhaseSchema, L.agendaItems),
  currentIndex: Count(L.agendaItems),
  status: v.picklist(['ready', 'running', 'paused', 'finished']),
  startedAt: v.nullable(Instant),
  plannedFinishAt: v.nullable(Instant),
  scheduledStartAt: v.optional(v.nullable(Instant)),
  timeZone: v.optional(TimeZone),
  pausedAt: v.nullable(Instant),
  pausedTotalMs: Duration,
  finishedAt: v.nullable(Instant),
  pauseKind: v.optional(v.nullable(v.literal('care'))),
  carePauseCount: v.optional(Count(1_000)),
});

const Answers = v.record(Id, v.optional(LongText));

/**
 * A finished workshop's record: what the group saw and agreed. Left out, on purpose: the
 * answers of whoever holds the tablet now, who is speaking in the check-in, the pass-round
 * and room-display state: they belong to a workshop under way on one tablet.
 */
const RecordSchema = v.object({
  id: Id,
  workshopId: v.nullable(Id),
  status: v.literal('finished'),
  createdAt: Instant,
  updatedAt: Instant,
  groupId: v.nullable(Id),
  seriesId: v.nullable(Id),
  title: ShortText,
  timing: TimingSchema,
  attendance: List(Id, L.members),
  themes: LongText,
  notes: v.record(Id, LongText),
  steps: v.record(Id, Count(1_000)),
  questionnaire: List(Answers, L.listItems),
  carriedIncidentIds: List(Id, L.listItems),
  stepTimes: v.optional(v.record(Id, List(v.object({ stepId: Id, atMs: Duration }), L.listItems))),
  questionnaireResponse: v.optional(v.object({ heard: LongText, changes: LongText })),
  sharingPlan: v.optional(
    List(
      v.object({
        id: Id,
        what: LongText,
        withWhom: ShortText,
        who: ShortText,
        byWhen: v.union([v.literal(''), CalendarDate]),
      }),
      L.listItems,
    ),
  ),
  passedOn: v.optional(
    v.object({
      helped: List(LongText, L.workshops),
      hindered: List(LongText, L.workshops),
    }),
  ),
});

export const GROUP_FILE_FORMAT = 'breathing-space/group';
export const GROUP_FILE_VERSION = 1;

export const GroupFileSchema = v.object({
  format: v.literal(GROUP_FILE_FORMAT),
  version: v.literal(GROUP_FILE_VERSION),
  exportedAt: Instant,
  group: GroupSchema,
  members: List(MemberSchema, L.members),
  series: List(SeriesSchema, L.series),
  workshops: List(WorkshopSchema, L.workshops),
  literature: List(LiteratureSchema, L.literature),
  incidents: List(IncidentSchema, L.incidents),
  records: List(RecordSchema, L.records),
});

export type GroupFile = v.InferOutput<typeof GroupFileSchema>;

/** The file's rows as the app stores them (the schema checked every field, ids included). */
export interface GroupMaterial {
  group: Group;
  members: Member[];
  series: Series[];
  workshops: Workshop[];
  literature: LiteratureItem[];
  incidents: Incident[];
  records: RunRecord[];
}
