import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { incidentSlots } from '../../domain/agenda-edit';
import { isIsoDate } from '../../domain/calendar';
import { systemClock } from '../../domain/clock';
import { formatLocalTime, formatLongDate } from '../../ui/dates';
import type { Incident, Member, MemberId, Workshop } from '../../domain/types';
import { isPast, type WorkshopStatus } from '../../domain/workshop-status';
import { ConfirmDeleteHeld } from './ConfirmDeleteHeld';
import { FacilitatorSelect } from './FacilitatorSelect';
import { updateWorkshop } from './plan-changes';
import { WorkshopStatusBadge } from './WorkshopStatusBadge';
import { Button } from '../../ui/Button';

interface Props {
  workshop: Workshop;
  label: string;
  status: WorkshopStatus;
  members: readonly Member[];
  incidents: readonly Incident[];
  onDelete: () => void;
}

/**
 * One workshop in a series: its date and time (each can be moved) and its turns. A held or
 * missed workshop is shown as it was, with its record, unless the facilitator chooses to
 * edit it anyway.
 */
export function WorkshopRow({ workshop, label, status, members, incidents, onDelete }: Props) {
  const { ui } = useAppState();
  const [isEditing, setEditing] = useState(false);
  const [isConfirming, setConfirming] = useState(false);
  const isLocked = isPast(status) && !isEditing;
  // "Edit anyway" goes once pressed: the focus moves on to the first field it opened.
  const focusDate = useRef(false);
  const change = (changes: Partial<Workshop>) =>
    updateWorkshop(workshop.id, () => changes, systemClock.now()).catch((error: unknown) =>
      ui.reportError(error, 'save that change'),
    );
  const id = (name: string) => `workshop-${workshop.id}-${name}`;
  const nameOf = (memberId: MemberId | null | undefined) =>
    members.find((m) => m.id === memberId)?.displayName;
  const presenters = incidentSlots(workshop.agenda)
    .map((slot) => nameOf(incidents.find((i) => i.id === slot.incidentId)?.presenterId))
    .filter(Boolean);
  useEffect(() => {
    if (!isEditing || !focusDate.current) return;
    focusDate.current = false;
    document.getElementById(id('date'))?.focus();
  });
  const date = isIsoDate(workshop.date) ? formatLongDate(workshop.date) : 'No date';
  // Described by the row's heading, not named after it: its name stays the plain "Open the
  // record", apart from the link to the workshop itself.
  const recordLink = status.kind === 'held' && (
    <a class="btn" href={hrefFor('run', 'record', status.runId)} aria-describedby={id('heading')}>
      Open the record
    </a>
  );

  return (
    <li class={`workshop-row${isLocked ? ' is-past' : ''}`}>
      <div class="workshop-row-title">
        <h3 id={id('heading')}>
          <a href={hrefFor('plan', 'workshop', workshop.id)}>{label}</a>{' '}
          <WorkshopStatusBadge status={status} />
        </h3>
        <p class="muted">
          {date}
          {workshop.venue.trim() ? ` · ${workshop.venue}` : ''}
        </p>
        {workshop.kind === 'regular' && (
          <p class="muted">
            Presenting: {presenters.length > 0 ? presenters.join(', ') : 'not decided yet'}
          </p>
        )}
      </div>
      {isLocked ? (
        <div class="workshop-row-past">
          <p>
            {status.kind === 'missed'
              ? 'Its date passed with no run recorded.'
              : 'Held: its record shows what happened on the day.'}
          </p>
          <p class="muted">
            Planned start {formatLocalTime(workshop.startTime)} · Facilitator:{' '}
            {nameOf(workshop.facilitatorId) ?? 'not decided'}
          </p>
          <div class="row">
            {recordLink}
            <Button
              aria-label={`Edit ${label} anyway`}
              onClick={() => {
                focusDate.current = true;
                setEditing(true);
              }}
            >
              Edit anyway
            </Button>
          </div>
        </div>
      ) : (
        <>
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
              onChange={(e) =>
                e.currentTarget.value && change({ startTime: e.currentTarget.value })
              }
            />
          </div>
          <FacilitatorSelect
            id={id('facilitator')}
            members={members}
            value={workshop.facilitatorId}
            onChange={(facilitatorId: MemberId | null) => change({ facilitatorId })}
          />
        </>
      )}
      <div class="workshop-row-actions">
        {!isLocked && recordLink}
        <Button
          variant="quiet"
          aria-label={`Delete ${label}`}
          onClick={() => (status.kind === 'held' ? setConfirming(true) : onDelete())}
        >
          Delete
        </Button>
      </div>
      {status.kind === 'held' && (
        <ConfirmDeleteHeld
          label={label}
          heldOn={date}
          isOpen={isConfirming}
          onKeep={() => setConfirming(false)}
          onDelete={() => {
            setConfirming(false);
            onDelete();
          }}
        />
      )}
    </li>
  );
}
