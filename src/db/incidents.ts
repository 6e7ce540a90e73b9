import type { RotationChange } from '../domain/rotation-changes';
import type { GroupId, Incident, IncidentId, WorkshopId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';
import { emptySnapshot, type Snapshot } from './snapshot';

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

export async function updateIncident(
  id: IncidentId,
  changes: Partial<Omit<Incident, 'id' | 'groupId' | 'createdAt'>>,
  now: number,
): Promise<void> {
  await guardWrite(() => db.incidents.update(id, { ...changes, updatedAt: now }));
}

/** Saves a new incident and puts it in an agenda slot of its workshop, in one transaction. */
export async function addIncidentToSlot(incident: Incident, slotId: string): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.incidents, db.workshops], async () => {
      await db.incidents.add(incident);
      if (incident.workshopId) await setSlot(incident.workshopId, slotId, incident.id);
    }),
  );
}

async function setSlot(workshopId: WorkshopId, slotId: string, incidentId: IncidentId | null) {
  const workshop = await db.workshops.get(workshopId);
  if (!workshop) return;
  const agenda = workshop.agenda.map((item) => {
    if (item.id !== slotId) return item;
    const next = { ...item };
    if (incidentId) next.incidentId = incidentId;
    else delete next.incidentId;
    return next;
  });
  await db.workshops.update(workshopId, { agenda });
}

/** Deletes an incident and empties the agenda slot it was in; returns both for "Undo". */
export async function deleteIncident(id: IncidentId): Promise<Snapshot> {
  return guardWrite(() =>
    db.transaction('rw', [db.incidents, db.workshops], async () => {
      const snapshot = emptySnapshot();
      const incident = await db.incidents.get(id);
      if (!incident) return snapshot;
      snapshot.incidents.push(incident);
      const workshop = incident.workshopId ? await db.workshops.get(incident.workshopId) : null;
      const slot = workshop?.agenda.find((item) => item.incidentId === id);
      if (workshop && slot) {
        snapshot.workshops.push(workshop);
        await setSlot(workshop.id, slot.id, null);
      }
      await db.incidents.delete(id);
      return snapshot;
    }),
  );
}

export interface AppliedRotation {
  before: Snapshot;
  created: IncidentId[];
}

/**
 * Applies a rotation to many workshops in one transaction: sets each facilitator, and each
 * slot's presenter (creating the slot's incident, untitled, where there is none yet).
 * Returns what it changed, for revertRotation.
 */
export async function applyRotation(
  changes: readonly RotationChange[],
  now: number,
): Promise<AppliedRotation> {
  return guardWrite(() =>
    db.transaction('rw', [db.workshops, db.incidents], async () => {
      const before = emptySnapshot();
      const created: IncidentId[] = [];
      const ids = changes.map((c) => c.workshopId);
      before.workshops = (await db.workshops.bulkGet(ids)).filter((w) => w !== undefined);
      before.incidents = await db.incidents.where('workshopId').anyOf(ids).toArray();
      for (const change of changes) {
        await db.workshops.update(change.workshopId, {
          facilitatorId: change.facilitatorId,
          updatedAt: now,
        });
        for (const { slotId, presenterId, newIncident } of change.presenters) {
          if (newIncident) {
            await db.incidents.add({ ...newIncident, presenterId });
            await setSlot(change.workshopId, slotId, newIncident.id);
            created.push(newIncident.id);
            continue;
          }
          const workshop = await db.workshops.get(change.workshopId);
          const incidentId = workshop?.agenda.find((item) => item.id === slotId)?.incidentId;
          if (incidentId) await db.incidents.update(incidentId, { presenterId, updatedAt: now });
        }
      }
      return { before, created };
    }),
  );
}

/** Puts workshops and incidents back as they were before a rotation was applied. */
export async function revertRotation({ before, created }: AppliedRotation): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.workshops, db.incidents], async () => {
      await db.incidents.bulkDelete(created);
      await db.workshops.bulkPut(before.workshops);
      await db.incidents.bulkPut(before.incidents);
    }),
  );
}
