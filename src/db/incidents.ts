import type { GroupId, Incident, IncidentId, WorkshopId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';

/** The incidents planned for a workshop. */
export async function listIncidentsOfWorkshop(workshopId: WorkshopId): Promise<Incident[]> {
  return db.incidents.where('workshopId').equals(workshopId).toArray();
}

/** Every incident a group has brought, oldest first. */
export async function listIncidentsOfGroup(groupId: GroupId): Promise<Incident[]> {
  const incidents = await db.incidents.where('groupId').equals(groupId).toArray();
  return incidents.sort((a, b) => a.createdAt - b.createdAt);
}

export async function getIncident(id: IncidentId): Promise<Incident | undefined> {
  return db.incidents.get(id);
}

export async function saveIncident(incident: Incident): Promise<void> {
  await guardWrite(() => db.incidents.put(incident));
}
