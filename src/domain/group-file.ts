// A group file: one group's shareable material (its members' display names, agreements,
// series, workshops, readings, incidents and finished workshops' records) as one versioned
// JSON file, so another facilitator can carry on with it on their own tablet. Nothing from a
// journal or an action card: those live sealed in other tables and are never read here.
import * as v from 'valibot';
import {
  GROUP_FILE_FORMAT,
  GROUP_FILE_LIMITS,
  GROUP_FILE_VERSION,
  GroupFileSchema,
  type GroupFile,
  type GroupMaterial,
} from './group-file-schema';
import type { RunRecord } from './types';

export type { GroupFile, GroupMaterial };

export const GROUP_FILE_EXTENSION = '.bsgroup';
export const GROUP_FILE_MEDIA_TYPE = 'application/vnd.breathing-space.group+json';

/** What is wrong with a file, as data: the screens put it into words. */
export type GroupFileProblem =
  | { kind: 'too-large' }
  | { kind: 'not-json' }
  | { kind: 'not-a-group-file' }
  | { kind: 'too-new'; version: number }
  | { kind: 'invalid'; where: string; expected: string }
  | { kind: 'inconsistent'; where: string; expected: string };

export class GroupFileError extends Error {
  override name = 'GroupFileError';
  constructor(readonly problem: GroupFileProblem) {
    super(`Group file refused: ${problem.kind}`);
  }
}

/** Only finished workshops have a record to share; one under way stays on its tablet. */
const isFinished = (run: RunRecord) => run.status === 'finished';

/**
 * The file for a group's material. Every row passes through the file's schema, which keeps
 * only the fields it names: what is not shareable never gets in, whatever the rows hold.
 */
export function buildGroupFile(material: GroupMaterial, exportedAt: number): GroupFile {
  material = withinItself(material);
  const candidate: v.InferInput<typeof GroupFileSchema> = {
    format: GROUP_FILE_FORMAT,
    version: GROUP_FILE_VERSION,
    exportedAt,
    group: material.group,
    members: material.members,
    series: material.series,
    workshops: material.workshops,
    literature: material.literature,
    incidents: material.incidents,
    records: material.records.filter(isFinished) as v.InferInput<typeof GroupFileSchema>['records'],
  };
  return v.parse(GroupFileSchema, candidate);
}

/**
 * The material with every reference pointing inside it. On a tablet some point at what is
 * gone: a member who left still in a record's attendance, the record of a held workshop that
 * was deleted, an incident carried from one since removed. Those links are already broken
 * here; a file keeps the rows and leaves the broken links out, so it opens anywhere.
 */
function withinItself(material: GroupMaterial): GroupMaterial {
  const ids = (rows: readonly { id: string }[]) => new Set<string>(rows.map((row) => row.id));
  const members = ids(material.members);
  const series = ids(material.series);
  const workshops = ids(material.workshops);
  const readings = ids(material.literature);
  const incidents = ids(material.incidents);
  const keep = <T extends string>(set: Set<string>, id: T | null | undefined) =>
    id != null && set.has(id) ? id : null;
  return {
    ...material,
    workshops: material.workshops.map((workshop) => ({
      ...workshop,
      seriesId: keep(series, workshop.seriesId),
      facilitatorId: keep(members, workshop.facilitatorId),
      literatureIds: workshop.literatureIds.filter((id) => readings.has(id)),
      agenda: workshop.agenda.map(({ incidentId, ...item }) =>
        incidentId && incidents.has(incidentId) ? { ...item, incidentId } : item,
      ),
    })),
    incidents: material.incidents.map((incident) => ({
      ...incident,
      workshopId: keep(workshops, incident.workshopId),
      presenterId: keep(members, incident.presenterId),
      carriedFromId: keep(incidents, incident.carriedFromId),
    })),
    records: material.records.map((record) => ({
      ...record,
      workshopId: keep(workshops, record.workshopId),
      seriesId: keep(series, record.seriesId),
      attendance: record.attendance.filter((id) => members.has(id)),
      carriedIncidentIds: record.carriedIncidentIds.filter((id) => incidents.has(id)),
    })),
  };
}

export function groupFileText(file: GroupFile): string {
  return JSON.stringify(file);
}

/** Reads a file's text; throws a GroupFileError saying what is wrong, never anything else. */
export function readGroupFile(text: string): GroupFile {
  if (text.length > GROUP_FILE_LIMITS.fileBytes) throw new GroupFileError({ kind: 'too-large' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GroupFileError({ kind: 'not-json' });
  }
  return readGroupJson(json);
}

export function readGroupJson(json: unknown): GroupFile {
  if (!isRecord(json) || json.format !== GROUP_FILE_FORMAT) {
    throw new GroupFileError({ kind: 'not-a-group-file' });
  }
  if (typeof json.version === 'number' && json.version > GROUP_FILE_VERSION) {
    throw new GroupFileError({ kind: 'too-new', version: json.version });
  }
  const result = v.safeParse(GroupFileSchema, json, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    throw new GroupFileError({
      kind: 'invalid',
      where: pathOf(issue.path),
      expected: issue.message,
    });
  }
  checkConsistency(result.output);
  return result.output;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "workshops 3 date": where in the file, counting rows from 1 as people do. */
function pathOf(path: v.IssuePathItem[] | undefined): string {
  return (path ?? [])
    .map((item) => (typeof item.key === 'number' ? String(item.key + 1) : String(item.key)))
    .join(' ');
}

/**
 * Every id a row points to is in the file (or may be empty), every row belongs to the file's
 * group, and no id is used twice: a file that fails this would leave a half-connected plan.
 */
function checkConsistency(file: GroupFile): void {
  const groupId = file.group.id;
  const fail = (where: string, expected: string): never => {
    throw new GroupFileError({ kind: 'inconsistent', where, expected });
  };
  const idsOf = (table: string, rows: { id: string }[]) => {
    const ids = new Set<string>();
    rows.forEach((row, index) => {
      if (ids.has(row.id)) fail(`${table} ${index + 1}`, 'an id not used twice');
      ids.add(row.id);
    });
    return ids;
  };
  const members = idsOf('members', file.members);
  const series = idsOf('series', file.series);
  const workshops = idsOf('workshops', file.workshops);
  const literature = idsOf('literature', file.literature);
  const incidents = idsOf('incidents', file.incidents);
  idsOf('records', file.records);
  const within = (ids: Set<string>, id: string | null | undefined, where: string, what: string) => {
    if (id != null && !ids.has(id)) fail(where, `${what} in the file`);
  };
  const ofGroup = (id: string | null, where: string) => {
    if (id !== groupId) fail(where, 'this group');
  };

  file.members.forEach((member, i) => ofGroup(member.groupId, `members ${i + 1}`));
  file.series.forEach((row, i) => ofGroup(row.groupId, `series ${i + 1}`));
  file.literature.forEach((row, i) => ofGroup(row.groupId, `literature ${i + 1}`));
  file.workshops.forEach((workshop, i) => {
    const where = `workshops ${i + 1}`;
    ofGroup(workshop.groupId, where);
    within(series, workshop.seriesId, where, 'a series');
    within(members, workshop.facilitatorId, where, 'a member');
    workshop.literatureIds.forEach((id) => within(literature, id, where, 'a reading'));
    workshop.agenda.forEach((item) => within(incidents, item.incidentId, where, 'an incident'));
  });
  file.incidents.forEach((incident, i) => {
    const where = `incidents ${i + 1}`;
    ofGroup(incident.groupId, where);
    within(workshops, incident.workshopId, where, 'a workshop');
    within(members, incident.presenterId, where, 'a member');
    within(incidents, incident.carriedFromId, where, 'an incident');
  });
  file.records.forEach((record, i) => {
    const where = `records ${i + 1}`;
    ofGroup(record.groupId, where);
    within(workshops, record.workshopId, where, 'a workshop');
    within(series, record.seriesId, where, 'a series');
    record.attendance.forEach((id) => within(members, id, where, 'a member'));
    record.carriedIncidentIds.forEach((id) => within(incidents, id, where, 'an incident'));
  });
}

/** The file's rows, typed as the app stores them (every id and field has been checked). */
export function materialOf(file: GroupFile): GroupMaterial {
  const { group, members, series, workshops, literature, incidents, records } = file;
  return { group, members, series, workshops, literature, incidents, records } as GroupMaterial;
}
