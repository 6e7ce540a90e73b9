import { useAppState } from '../../app/app-state';
import { withClockTimes } from '../../domain/agenda';
import { isIsoDate } from '../../domain/calendar';
import { formatLongDate } from '../../ui/dates';
import { placeIncident } from '../../domain/agenda-fit';
import { systemClock } from '../../domain/clock';
import type { Incident, Member, Workshop } from '../../domain/types';
import { IncidentEditor } from './IncidentEditor';
import { emptyIncident } from '../../domain/rotation-changes';
import { addIncidentToSlot, updateWorkshop } from './plan-changes';
import { Button } from '../../ui/Button';

interface Props {
  workshop: Workshop;
  incidents: readonly Incident[];
  members: readonly Member[];
  carriedFromDates: ReadonlyMap<string, string>;
}

/** The workshop's critical incidents, slot by slot, and any not yet in the agenda. */
export function IncidentsSection(props: Props) {
  const { workshop, incidents } = props;
  const { ui } = useAppState();
  const slots = withClockTimes(workshop.agenda, workshop.startTime).filter(
    (t) => t.item.kind === 'incident',
  );
  const slotted = new Set(slots.map((s) => s.item.incidentId).filter(Boolean));
  const loose = incidents.filter((i) => !slotted.has(i.id));
  const freeSlot = slots.find((s) => !incidents.some((i) => i.id === s.item.incidentId));

  function plan(slotId: string) {
    addIncidentToSlot(emptyIncident(workshop, systemClock.now()), slotId).catch((e: unknown) =>
      ui.reportError(e, 'plan the incident'),
    );
  }

  function placeInAgenda(incident: Incident) {
    const now = systemClock.now();
    updateWorkshop(
      workshop.id,
      (current) => ({
        agenda: placeIncident(current.agenda, incident.id, current.lengthMinutes, (slot) =>
          incidents.some((i) => i.id === slot.incidentId),
        ),
      }),
      now,
    ).catch((e: unknown) => ui.reportError(e, 'put the incident in the agenda'));
  }

  const carriedFrom = (incident: Incident) => {
    const date = props.carriedFromDates.get(incident.id);
    return date && isIsoDate(date) ? formatLongDate(date) : undefined;
  };

  const editor = (incident: Incident) => (
    <IncidentEditor
      incident={incident}
      members={props.members}
      carriedFromDate={carriedFrom(incident)}
    />
  );

  return (
    <section class="card stack" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">Critical incidents</h2>
      <p class="hint">
        Each presenter brings a short, anonymised account of a moment from practice that stays with
        them. The group asks questions, not advice.
      </p>
      {slots.length === 0 && <p class="muted">This agenda has no critical incident slot.</p>}
      {slots.map(({ item, start, end }, index) => {
        const incident = incidents.find((i) => i.id === item.incidentId);
        return (
          <article key={item.id} class="incident-card" aria-labelledby={`slot-${item.id}`}>
            <h3 id={`slot-${item.id}`}>
              Incident {index + 1}{' '}
              <span class="muted">
                {start}–{end}
              </span>
            </h3>
            {incident ? (
              editor(incident)
            ) : (
              <Button onClick={() => plan(item.id)}>Plan incident {index + 1}</Button>
            )}
          </article>
        );
      })}
      {loose.map((incident) => (
        <article key={incident.id} class="incident-card" aria-label="Incident not in the agenda">
          <h3>Not yet in the agenda</h3>
          {editor(incident)}
          <div class="row">
            <Button onClick={() => placeInAgenda(incident)}>
              {freeSlot
                ? 'Put it in the free incident slot'
                : 'Add an incident slot for it after the catch-up'}
            </Button>
          </div>
        </article>
      ))}
    </section>
  );
}
