import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { incidentSlots } from '../../domain/agenda-edit';
import { isIsoDate } from '../../domain/calendar';
import { systemClock } from '../../domain/clock';
import { formatLongDate } from '../../ui/dates';
import type { Incident, Member, MemberId, Workshop } from '../../domain/types';
import { FacilitatorSelect } from './FacilitatorSelect';
import { updateWorkshop } from './plan-changes';
import { Button } from '../../ui/Button';

interface Props {
  workshop: Workshop;
  label: string;
  members: readonly Member[];
  incidents: readonly Incident[];
  onDelete: () => void;
}

/** One workshop in a series: its date and time (each can be moved) and its turns. */
export function WorkshopRow({ workshop, label, members, incidents, onDelete }: Props) {
  const { ui } = useAppState();
  const change = (changes: Partial<Workshop>) =>
    updateWorkshop(workshop.id, () => changes, systemClock.now()).catch((error: unknown) =>
      ui.reportError(error, 'save that change'),
    );
  const id = (name: string) => `workshop-${workshop.id}-${name}`;
  const presenters = incidentSlots(workshop.agenda)
    .map((slot) => incidents.find((i) => i.id === slot.incidentId)?.presenterId)
    .map((presenterId) => members.find((m) => m.id === presenterId)?.displayName)
    .filter(Boolean);

  return (
    <li class="workshop-row">
      <div class="workshop-row-title">
        <h3>
          <a href={hrefFor('plan', 'workshop', workshop.id)}>{label}</a>
        </h3>
        <p class="muted">
          {isIsoDate(workshop.date) ? formatLongDate(workshop.date) : 'No date'}
          {workshop.venue.trim() ? ` · ${workshop.venue}` : ''}
        </p>
        {workshop.kind === 'regular' && (
          <p class="muted">
            Presenting: {presenters.length > 0 ? presenters.join(', ') : 'not decided yet'}
          </p>
        )}
      </div>
      <div class="field">
        <label htmlFor={id('date')}>Date</label>
        <input
          id={id('date')}
          type="date"
          value={workshop.date}
          onChange={(e) =>
            isIsoDate(e.currentTarget.value) && change({ date: e.currentTarget.value })
          }
        />
      </div>
      <div class="field">
        <label htmlFor={id('time')}>Start</label>
        <input
          id={id('time')}
          type="time"
          value={workshop.startTime}
          onChange={(e) => e.currentTarget.value && change({ startTime: e.currentTarget.value })}
        />
      </div>
      <FacilitatorSelect
        id={id('facilitator')}
        members={members}
        value={workshop.facilitatorId}
        onChange={(facilitatorId: MemberId | null) => change({ facilitatorId })}
      />
      <Button variant="quiet" aria-label={`Delete ${label}`} onClick={onDelete}>
        Delete
      </Button>
    </li>
  );
}
