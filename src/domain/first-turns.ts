// A new series' turns before anything is saved: who facilitates each workshop (the first
// as the group chooses) and who brings each incident, proposed fairly by rotation.ts for
// the group to change; then written into the planned workshops the way the series page's
// "Propose turns" writes them, an incident (untitled) in every incident slot.
import { incidentSlots } from './agenda-edit';
import { proposeRotation } from './rotation';
import { emptyIncident } from './rotation-changes';
import type { Incident, Member, MemberId, Workshop } from './types';

export interface WorkshopTurns {
  facilitatorId: MemberId | null;
  /** One for each incident slot of the workshop's agenda, in agenda order; null for nobody yet. */
  presenterIds: (MemberId | null)[];
}

type Planned = Pick<Workshop, 'agenda'>;

/**
 * Fair turns for a new series, workshop by workshop, with the first workshop facilitated by
 * whoever the group chose (left to the proposal if nobody was).
 */
export function proposeFirstTurns(
  members: readonly Pick<Member, 'id' | 'role'>[],
  workshops: readonly Planned[],
  firstFacilitatorId: MemberId | null,
): WorkshopTurns[] {
  const proposal = proposeRotation(
    members,
    workshops.map((workshop, index) => ({
      presenterSlots: incidentSlots(workshop.agenda).length,
      ...(index === 0 && firstFacilitatorId && { fixedFacilitatorId: firstFacilitatorId }),
    })),
  );
  return workshops.map((workshop, index) => {
    const chosen = proposal[index]!;
    return {
      facilitatorId: chosen.facilitatorId,
      presenterIds: incidentSlots(workshop.agenda).map(
        (_, slot) => chosen.presenterIds[slot] ?? null,
      ),
    };
  });
}

/**
 * What a proposal was made from: when any of it changes (members or their roles, the
 * workshops' incident slots, the first facilitator), the turns are proposed again.
 */
export function turnsBasis(
  members: readonly Pick<Member, 'id' | 'role'>[],
  workshops: readonly Planned[],
  firstFacilitatorId: MemberId | null,
): string {
  return JSON.stringify([
    members.map((member) => [member.id, member.role]),
    workshops.map((workshop) => incidentSlots(workshop.agenda).length),
    firstFacilitatorId,
  ]);
}

/**
 * The planned workshops with their turns in place: each facilitator set, and each incident
 * slot given an incident for its presenter. Turns are matched to workshops by order.
 */
export function withTurns(
  workshops: readonly Workshop[],
  turns: readonly WorkshopTurns[],
  now: number,
): { workshops: Workshop[]; incidents: Incident[] } {
  const incidents: Incident[] = [];
  const seated = workshops.map((workshop, index) => {
    const turn = turns[index];
    if (!turn) return workshop;
    let slot = 0;
    const agenda = workshop.agenda.map((item) => {
      if (item.kind !== 'incident') return item;
      const incident = {
        ...emptyIncident(workshop, now),
        presenterId: turn.presenterIds[slot++] ?? null,
      };
      incidents.push(incident);
      return { ...item, incidentId: incident.id };
    });
    return { ...workshop, facilitatorId: turn.facilitatorId, agenda };
  });
  return { workshops: seated, incidents };
}
