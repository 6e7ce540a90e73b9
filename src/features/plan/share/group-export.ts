// Making a group's file or a series' link, checked first for identifying details.
import { noteCopyKept, readGroupMaterial } from '../../../db/group-file';
import {
  buildGroupFile,
  GROUP_FILE_EXTENSION,
  GROUP_FILE_MEDIA_TYPE,
  groupFileText,
  type GroupFile,
} from '../../../domain/group-file';
import { LINK_ROUTE, seriesLinkData, seriesMaterial } from '../../../domain/series-link';
import type { GroupId, SeriesId } from '../../../domain/types';
import type { Finding } from '../../../ui/FindingsCheck';
import { scanGroupFile } from './identifying-scan';

export interface PreparedFile {
  file: GroupFile;
  findings: Finding[];
}

export async function prepareGroupFile(groupId: GroupId, now: number): Promise<PreparedFile> {
  const material = await readGroupMaterial(groupId);
  if (!material) throw new Error('No such group');
  const file = buildGroupFile(material, now);
  return { file, findings: scanGroupFile(file) };
}

/** "Riverside team 2026-12-05.bsgroup": the group's name, kept to characters any disk takes. */
function groupFileName(file: GroupFile, today: string): string {
  const name = file.group.name
    .replace(/[^\p{L}\p{N} _-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${name || 'Reflection group'} ${today}${GROUP_FILE_EXTENSION}`;
}

export function groupFileAsFile(file: GroupFile, today: string): File {
  return new File([groupFileText(file)], groupFileName(file, today), {
    type: GROUP_FILE_MEDIA_TYPE,
  });
}

export async function keptCopy(groupId: GroupId, now: number): Promise<void> {
  await noteCopyKept(groupId, now);
}

export interface PreparedLink {
  url: string;
  findings: Finding[];
}

/** The series' link, on this app's own address: opening it offers to take the series in. */
export async function prepareSeriesLink(
  groupId: GroupId,
  seriesId: SeriesId,
  now: number,
): Promise<PreparedLink> {
  const material = await readGroupMaterial(groupId);
  if (!material) throw new Error('No such group');
  const data = await seriesLinkData(material, seriesId, now);
  const findings = scanGroupFile(buildGroupFile(seriesMaterial(material, seriesId), now));
  const base = `${location.origin}${location.pathname}`;
  return { url: `${base}#/plan/${LINK_ROUTE}/${data}`, findings };
}
