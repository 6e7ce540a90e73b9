// What a journal entry may link to on this device: workshops, incidents, literature.
import type { Incident, LiteratureItem, Workshop } from '../domain/types';
import { db } from './db';

export interface LinkTargets {
  workshops: Workshop[];
  incidents: Incident[];
  literature: LiteratureItem[];
  groupNames: Record<string, string>;
}

export async function listLinkTargets(): Promise<LinkTargets> {
  const [workshops, incidents, literature, groups] = await Promise.all([
    db.workshops.orderBy('date').toArray(),
    db.incidents.toArray(),
    db.literature.toArray(),
    db.groups.toArray(),
  ]);
  return {
    workshops,
    incidents,
    literature,
    groupNames: Object.fromEntries(groups.map((group) => [group.id, group.name])),
  };
}
