// The app's entities. Shareable group material and private material are separate types
// and live in separate tables: private records only ever reach IndexedDB sealed (vault/).

import type { Jurisdiction } from './jurisdiction';

type Brand<T, B extends string> = T & { readonly __brand: B };

export type GroupId = Brand<string, 'GroupId'>;
export type MemberId = Brand<string, 'MemberId'>;
export type SeriesId = Brand<string, 'SeriesId'>;
export type WorkshopId = Brand<string, 'WorkshopId'>;
export type LiteratureId = Brand<string, 'LiteratureId'>;
export type IncidentId = Brand<string, 'IncidentId'>;
export type RunId = Brand<string, 'RunId'>;
export type VaultId = Brand<string, 'VaultId'>;
export type RecordId = Brand<string, 'RecordId'>;

/** Milliseconds since the Unix epoch (UTC). */
export type EpochMs = number;
/** A calendar date, `yyyy-MM-dd`, in the group's own time zone. */
export type IsoDate = string;
/** A local wall-clock time, `HH:mm`. */
export type LocalTime = string;

// ---- Shareable group material -------------------------------------------------------

export interface Group {
  id: GroupId;
  name: string;
  groundRules: string;
  confidentiality: string;
  /**
   * Where the group meets, as an IANA zone name ("Australia/Sydney"): workshops' dates and
   * times are wall-clock times there. Absent in groups made before it was kept, which read it
   * as the device's zone.
   */
  timeZone?: string;
  /** Whose identity numbers, postcodes and phone numbers to check for; else the device's. */
  jurisdiction?: Jurisdiction;
  /** The group's own words to flag in its material: estates, neighbourhoods, local schools. */
  localWords?: string[];
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export type MemberRole = 'facilitator' | 'co-facilitator' | 'participant';

/** A member is known by a display name or initials only: never a full identity. */
export interface Member {
  id: MemberId;
  groupId: GroupId;
  displayName: string;
  role: MemberRole;
  createdAt: EpochMs;
  /** When the name or role last changed; absent until then (and in older rows). */
  updatedAt?: EpochMs;
}

export interface Series {
  id: SeriesId;
  groupId: GroupId;
  title: string;
  /** How the dates were proposed; each workshop's own date may since have moved. */
  startDate: IsoDate;
  cadenceWeeks: number;
  startTime: LocalTime;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export type WorkshopKind = 'regular' | 'follow-up';

export type AgendaItemKind =
  'catch-up' | 'literature' | 'incident' | 'reflection' | 'break' | 'custom';

export interface AgendaItem {
  id: string;
  kind: AgendaItemKind;
  title: string;
  minutes: number;
  /** For an incident slot: the incident discussed in it. */
  incidentId?: IncidentId;
}

export interface Workshop {
  id: WorkshopId;
  seriesId: SeriesId | null;
  groupId: GroupId | null;
  kind: WorkshopKind;
  /** Position in its series, from 0. */
  position: number;
  date: IsoDate;
  startTime: LocalTime;
  lengthMinutes: number;
  venue: string;
  agenda: AgendaItem[];
  facilitatorId: MemberId | null;
  literatureIds: LiteratureId[];
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export interface LiteratureItem {
  id: LiteratureId;
  groupId: GroupId;
  authors: string;
  year: string;
  title: string;
  source: string;
  link: string;
  summary: string;
  questions: string[];
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export type IncidentStage = 'deconstruction' | 'reconstruction';

/** A critical incident as the group sees it: a title and an anonymised summary only. */
export interface Incident {
  id: IncidentId;
  groupId: GroupId;
  workshopId: WorkshopId | null;
  presenterId: MemberId | null;
  title: string;
  summary: string;
  modelId: string;
  stage: IncidentStage;
  /** The incident this one carries forward from a previous workshop. */
  carriedFromId: IncidentId | null;
  /**
   * At reconstruction, the name the presenter gives the incident in the light of what they
   * now see (Fook and Gardner's second stage). Absent until given.
   */
  newTitle?: string;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

type RunStatus = 'ready' | 'running' | 'paused' | 'finished';

/** One phase of a run: its plan, and when it actually ran (wall-clock timestamps only). */
export interface RunPhase {
  /** The agenda item it comes from (or a generated id for an ad-hoc agenda). */
  id: string;
  kind: AgendaItemKind;
  title: string;
  incidentId?: IncidentId;
  /** The minutes the plan gave it: never changed, so the record can compare. */
  plannedMinutes: number;
  /** Time allotted now (the plan, or after a rebalance), before extensions. */
  allottedMs: number;
  /** Time added during the run (+1, +5 min). */
  extensionMs: number;
  /** Running time finished in earlier stretches (before a pause, or before moving away). */
  elapsedMs: number;
  /** When the stretch now running began; null when the phase is not running. */
  runningSince: EpochMs | null;
  firstStartedAt: EpochMs | null;
  lastEndedAt: EpochMs | null;
  /** Skipped during the run, before it started: it stays in the record with no time. */
  isSkipped?: boolean;
}

/** The timing of a run: everything a display needs, recomputed from `now`. */
export interface RunTiming {
  phases: RunPhase[];
  currentIndex: number;
  status: RunStatus;
  startedAt: EpochMs | null;
  /** When the workshop should end: set at the start from the plan. */
  plannedFinishAt: EpochMs | null;
  /** The plan's start, for a planned workshop (absent in runs stored before it was kept). */
  scheduledStartAt?: EpochMs | null;
  /**
   * The group's time zone when the run was set up (an IANA name): what "its planned day" and
   * the clock times shown mean. Absent in runs stored before it was kept: the device's zone.
   */
  timeZone?: string;
  pausedAt: EpochMs | null;
  pausedTotalMs: number;
  finishedAt: EpochMs | null;
  /**
   * 'care' while the clock is paused for someone's wellbeing: that time moves the planned
   * finish with it, so it never counts as running late. Absent or null for any other pause.
   */
  pauseKind?: 'care' | null;
  /** How many times the clock was paused for care: the record keeps only that it happened. */
  carePauseCount?: number;
}

/** One person's answers to the Critical Incident Questionnaire: anonymous, no name kept. */
export type QuestionnaireAnswers = Partial<Record<string, string>>;

/**
 * The persisted state of a workshop being run, and afterwards its record. Timing fields
 * are wall-clock timestamps so the display can always be recomputed (never tick counts).
 * Only group material: nothing from anyone's journal.
 */
export interface RunRecord {
  id: RunId;
  workshopId: WorkshopId | null;
  status: RunStatus;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  groupId: GroupId | null;
  seriesId: SeriesId | null;
  /** "Workshop 2 of 5", or "Ad-hoc workshop". */
  title: string;
  timing: RunTiming;
  /** Members present. */
  attendance: MemberId[];
  /** Themes the group named, one a line. */
  themes: string;
  /** Group notes by phase id: shareable, checked for identifying details. */
  notes: Record<string, string>;
  /** Step of a phase's scaffold by phase id (the incident's step, the reading shown...). */
  steps: Record<string, number>;
  /** The check-in round: who is speaking (index into those present) and since when. */
  checkIn: { speaker: number; since: EpochMs } | null;
  questionnaire: QuestionnaireAnswers[];
  /**
   * The answers of the person who has the tablet now, kept as they type so that a reload
   * loses nothing; they join `questionnaire` when that person taps Done. Never shown in
   * the record. Absent on runs stored before it existed.
   */
  questionnaireDraft?: QuestionnaireAnswers;
  /** Incidents carried to the next workshop from this one. */
  carriedIncidentIds: IncidentId[];
  /**
   * The tablet is being passed round (the questionnaire, or a scribe's group notes): only
   * that form shows, and the room display says "Feedback in progress", never the typing.
   * Kept in the record so that a reload never hands the facilitator's screen to whoever
   * holds the tablet. Absent when not passed round.
   */
  passRound?: PassRound | null;
  /**
   * When each incident step began, by phase id, in the phase's own running time (so a pause
   * stops a step's clock too). Absent on runs stored before steps were timed.
   */
  stepTimes?: Record<string, StepMark[]>;
  /** What the facilitator chose for the room display. Absent until they first chose. */
  roomDisplay?: RoomDisplayChoice;
  /**
   * The facilitator's reading of the questionnaire after the workshop (Brookfield's loop):
   * what they heard, and what they will change. The next catch-up shows it. Group material.
   */
  questionnaireResponse?: QuestionnaireResponse;
  /** The follow-up workshop's plan to share what the series learnt. Absent until begun. */
  sharingPlan?: SharingStep[];
  /**
   * At the follow-up: what helped and what hindered, passed on anonymously from people's own
   * action cards (only the statements each picked). Group material. Absent until any came.
   */
  passedOn?: { helped: string[]; hindered: string[] };
}

/** One line of the follow-up's plan to share what was learnt: what, with whom, who, by when. */
export interface SharingStep {
  id: string;
  what: string;
  withWhom: string;
  /** A member's display name, as the group knows them. */
  who: string;
  byWhen: IsoDate | '';
}

export interface QuestionnaireResponse {
  heard: string;
  changes: string;
}

/** A step begun: which one, and the phase's running time at that moment. */
export interface StepMark {
  stepId: string;
  atMs: number;
}

export interface RoomDisplayChoice {
  /** Quiet (no overrun figure) by phase id, where the facilitator changed the default. */
  quiet: Record<string, boolean>;
  /** The cue card the facilitator put on the room display, for one step of one phase. */
  card: { phaseId: string; stepId: string; text: string } | null;
}

export interface PassRound {
  kind: 'questionnaire' | 'notes';
  /** The phase whose questionnaire or notes are being passed round. */
  phaseId: string;
  since: EpochMs;
}

// ---- Private material (stored sealed) -----------------------------------------------

/** The plaintext header of one person's vault: no content, only what unlocking needs. */
export interface VaultHeader {
  id: VaultId;
  createdAt: EpochMs;
  [keyMaterial: string]: unknown;
}

export type SealedKind = 'journal-entry' | 'draft' | 'action-card' | 'check-in' | 'key-check';

/**
 * A private record as it is stored: only its id, vault and time are in the clear; `iv` and
 * `ct` are AES-GCM output with the id and kind bound in as additional data.
 */
export interface SealedRecord {
  id: RecordId;
  vaultId: VaultId;
  kind: SealedKind;
  /** Format version of the plaintext inside. */
  v: number;
  iv: Uint8Array;
  ct: ArrayBuffer;
  updatedAt: EpochMs;
}

/** Turns plaintext into a sealed record and back; provided by vault/, used by db/. */
export interface Sealer {
  seal<T>(kind: SealedKind, id: RecordId, value: T): Promise<SealedRecord>;
  open<T>(record: SealedRecord): Promise<T>;
}
