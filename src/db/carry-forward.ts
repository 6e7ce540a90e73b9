// Carrying an incident to the next workshop: apart from runs.ts, which the first screen loads
// (to resume a running workshop), because placing it in an agenda brings the fitting rules.
import { placeIncident } from '../domain/agenda-fit';
import type { Incident, RunId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';

/**
 * Carries an incident to the next workshop for its second stage: the new incident goes in
 * a free incident slot of that workshop's agenda, else in a new one after its catch-up with
 * the agenda fitted to the workshop's length; and the run remembers it. One transaction.
 */
export async function carryIncidentForward(
  runId: RunId,
  carried: Incident,
  now: number,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.runs, db.incidents, db.workshops], async () => {
      await db.incidents.add(carried);
      const workshop = carried.workshopId ? await db.workshops.get(carried.workshopId) : null;
      if (workshop) {
        const taken = new Set(
          (await db.incidents.where('workshopId').equals(workshop.id).toArray()).map((i) => i.id),
        );
        const agenda = placeIncident(workshop.agenda, carried.id, workshop.lengthMinutes, (slot) =>
          Boolean(slot.incidentId && taken.has(slot.incidentId)),
        );
        await db.workshops.update(workshop.id, { agenda, updatedAt: now });
      }
      const run = await db.runs.get(runId);
      if (run) {
        await db.runs.put({
          ...run,
          carriedIncidentIds: [...run.carriedIncidentIds, carried.id],
          updatedAt: now,
        });
      }
    }),
  );
}
