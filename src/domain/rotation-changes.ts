// Turning a rotation proposal into changes to store: facilitators, and presenters for the
// incident slots of each workshop still to come, the follow-up included. Workshops already
// held, or whose date has passed, keep their turns: those count towards fairness, unchanged.
import { incidentSlots } from './agenda-edit';
import { DEFAULT_INCIDENT_MODEL_ID } from './reflection-models/registry';
import { newId } from './ids';
import { proposeRotation } from './rotation';
import type { Incident, IncidentId, Member, MemberId, Workshop, WorkshopId } from './types';

export interface RotationChange {
  workshopId: WorkshopId;
  facilitatorId: MemberId | null;
  /** Presenters for the workshop's incident slots, in agenda order. */
  presenters: { slotId: string; presenterId: MemberId | null; newIncident?: Incident }[];
}

/** An incident is settled once its presenter has started it, or it is carried forward. */
function isSettled(incident: Incident | undefined): boolean {
  return Boolean(
    incident &&
    (incident.stage === 'reconstruction' || incident.title.trim() || incident.summary.trim()),
  );
}

export function rotationChanges(
  members: readonly Member[],
  workshops: readonly Workshop[],
  incidents: readonly Incident[],
  now: number,
  pastIds: ReadonlySet<WorkshopId> = new Set(),
): RotationChange[] {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const slotsOf = (w: Workshop) =>
    incidentSlots(w.agenda).map((slot) => ({
      slot,
      incident: slot.incidentId ? byId.get(slot.incidentId) : undefined,
    }));
  const proposal = proposeRotation(
    members,
    workshops.map((w) => {
      const slots = slotsOf(w);
      const isPast = pastIds.has(w.id);
      return {
        presenterSlots: slots.length,
        fixedPresenterIds: slots
          .filter(({ incident }) => (isPast || isSettled(incident)) && incident?.presenterId)
          .map(({ incident }) => incident!.presenterId as MemberId),
        ...(isPast && { fixedFacilitatorId: w.facilitatorId }),
      };
    }),
  );
  return workshops.flatMap((workshop, index) => {
    if (pastIds.has(workshop.id)) return [];
    const chosen = [...proposal[index]!.presenterIds];
    const presenters = slotsOf(workshop).map(({ slot, incident }) => {
      const presenterId = isSettled(incident)
        ? (incident!.presenterId ?? null)
        : (chosen.find((id) => !isTaken(id, workshop, byId)) ?? null);
      if (presenterId) chosen.splice(chosen.indexOf(presenterId), 1);
      return {
        slotId: slot.id,
        presenterId,
        ...(incident ? {} : { newIncident: emptyIncident(workshop, now) }),
      };
    });
    return [{ workshopId: workshop.id, facilitatorId: proposal[index]!.facilitatorId, presenters }];
  });
}

function isTaken(id: MemberId, workshop: Workshop, byId: Map<IncidentId, Incident>) {
  return incidentSlots(workshop.agenda).some((slot) => {
    const incident = slot.incidentId ? byId.get(slot.incidentId) : undefined;
    return isSettled(incident) && incident!.presenterId === id;
  });
}

/** An incident slot's record before its presenter has written anything. */
export function emptyIncident(workshop: Workshop, now: number): Incident {
  return {
    id: newId<IncidentId>(),
    groupId: workshop.groupId!,
    workshopId: workshop.id,
    presenterId: null,
    title: '',
    summary: '',
    modelId: DEFAULT_INCIDENT_MODEL_ID,
    stage: 'deconstruction',
    carriedFromId: null,
    createdAt: now,
    updatedAt: now,
  };
}
