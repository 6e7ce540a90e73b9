// One series as a link: the group, its members, the series, its workshops, their readings
// and incidents, compressed into the address fragment (which browsers never send to any
// server). Records stay in the group file: a link must stay short enough for a QR code.
//
// To keep it short the link leaves out what the other side can put back exactly: the group id
// on every row, the series id on its workshops, agenda titles that are the default for their
// kind, and agreements that are the app's default wording (link version 1 means the wording of
// DEFAULT_GROUND_RULES and DEFAULT_CONFIDENTIALITY as they are now: changing either needs
// version 2). Agenda items get ids made from their workshop's id and place.
import { AGENDA_KIND_TITLES } from './agenda';
import { DEFAULT_CONFIDENTIALITY, DEFAULT_GROUND_RULES } from './group-defaults';
import { buildGroupFile, readGroupJson, type GroupFile, type GroupMaterial } from './group-file';
import { GROUP_FILE_FORMAT, GROUP_FILE_VERSION } from './group-file-schema';
import { deflate, fromLinkText, inflate, LinkDataError, toLinkText } from './link-encoding';
import type { SeriesId } from './types';

const LINK_FORMAT = 'bs-series';
const LINK_VERSION = 1;
/** Where in the app a series link opens: `#/open/<data>`. */
export const LINK_ROUTE = 'open';
/** What a link may unpack to: far beyond a series, far below a tablet's memory. */
const MAX_UNPACKED_BYTES = 2 * 1024 * 1024;

/** The group's material narrowed to one series: what its link carries. */
export function seriesMaterial(material: GroupMaterial, seriesId: SeriesId): GroupMaterial {
  const workshops = material.workshops.filter((workshop) => workshop.seriesId === seriesId);
  const workshopIds = new Set(workshops.map((workshop) => workshop.id));
  const readingIds = new Set(workshops.flatMap((workshop) => workshop.literatureIds));
  const incidents = material.incidents.filter(
    (incident) => incident.workshopId !== null && workshopIds.has(incident.workshopId),
  );
  const incidentIds = new Set(incidents.map((incident) => incident.id));
  return {
    group: material.group,
    members: material.members,
    series: material.series.filter((series) => series.id === seriesId),
    workshops,
    literature: material.literature.filter((reading) => readingIds.has(reading.id)),
    // An incident carried from another series keeps its link only if that one came too.
    incidents: incidents.map((incident) =>
      incident.carriedFromId && !incidentIds.has(incident.carriedFromId)
        ? { ...incident, carriedFromId: null }
        : incident,
    ),
    records: [],
  };
}

/** The link's data (the part after `#/open/`) for one series. */
export async function seriesLinkData(
  material: GroupMaterial,
  seriesId: SeriesId,
  exportedAt: number,
): Promise<string> {
  const file = buildGroupFile(seriesMaterial(material, seriesId), exportedAt);
  return toLinkText(await deflate(JSON.stringify(compact(file))));
}

function compact(file: GroupFile) {
  const withoutGroup = (rows: { groupId: string | null }[]) =>
    rows.map(({ groupId: _group, ...row }) => row);
  const group: Record<string, unknown> = { ...file.group };
  if (group.groundRules === DEFAULT_GROUND_RULES) delete group.groundRules;
  if (group.confidentiality === DEFAULT_CONFIDENTIALITY) delete group.confidentiality;
  return {
    f: LINK_FORMAT,
    v: LINK_VERSION,
    at: file.exportedAt,
    group,
    members: withoutGroup(file.members),
    series: withoutGroup(file.series),
    workshops: file.workshops.map(({ groupId: _group, seriesId, agenda, ...workshop }) => ({
      ...workshop,
      ...(seriesId !== file.series[0]?.id && { seriesId }),
      agenda: agenda.map(({ id: _id, title, ...item }) =>
        title === AGENDA_KIND_TITLES[item.kind] ? item : { ...item, title },
      ),
    })),
    literature: withoutGroup(file.literature),
    incidents: withoutGroup(file.incidents),
  };
}

/** Reads a link's data back into a group file; throws GroupFileError or LinkDataError. */
export async function readSeriesLink(data: string): Promise<GroupFile> {
  const text = await inflate(fromLinkText(data), MAX_UNPACKED_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LinkDataError('Link data damaged');
  }
  return readGroupJson(expand(json));
}

/** Puts back what `compact` left out; anything malformed is left for the schema to refuse. */
function expand(json: unknown): unknown {
  if (!isObject(json) || json.f !== LINK_FORMAT || json.v !== LINK_VERSION) {
    throw new LinkDataError('Not a series link');
  }
  const group = isObject(json.group) ? json.group : {};
  const groupId = group.id;
  const seriesId =
    Array.isArray(json.series) && isObject(json.series[0]) ? json.series[0].id : null;
  const inGroup = (rows: unknown) => mapRows(rows, (row) => ({ ...row, groupId }));
  return {
    format: GROUP_FILE_FORMAT,
    version: GROUP_FILE_VERSION,
    exportedAt: json.at,
    group: {
      groundRules: DEFAULT_GROUND_RULES,
      confidentiality: DEFAULT_CONFIDENTIALITY,
      ...group,
    },
    members: inGroup(json.members),
    series: inGroup(json.series),
    workshops: mapRows(json.workshops, (workshop) => ({
      seriesId,
      ...workshop,
      groupId,
      agenda: mapRows(workshop.agenda, (item, index) => ({
        title: AGENDA_KIND_TITLES[item.kind as keyof typeof AGENDA_KIND_TITLES] ?? '',
        ...item,
        id: `${String(workshop.id)}-${index + 1}`,
      })),
    })),
    literature: inGroup(json.literature),
    incidents: inGroup(json.incidents),
    records: [],
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Each row changed by `change`; anything but a list of objects as it is, for the schema to refuse. */
function mapRows(
  value: unknown,
  change: (row: Record<string, unknown>, index: number) => Record<string, unknown>,
): unknown {
  return Array.isArray(value) && value.every(isObject) ? value.map(change) : value;
}
