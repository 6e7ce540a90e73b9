import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { addLocalMinutes, isIsoDate } from '../../domain/calendar';
import { groupTimeZone, zonedDateAt } from '../../domain/time-zone';
import { systemClock } from '../../domain/clock';
import { formatLocalTime, formatLongDate } from '../../ui/dates';
import { workshopLabels } from '../../ui/workshop-labels';
import type { Workshop, WorkshopId } from '../../domain/types';
import { isPast, workshopStatus } from '../../domain/workshop-status';
import { AgendaEditor } from './AgendaEditor';
import { CheckedField } from '../../ui/CheckedField';
import { GroupCheckOptions } from '../../ui/check-options';
import { FacilitatorSelect } from './FacilitatorSelect';
import { IncidentsSection } from './IncidentsSection';
import { LengthSelect } from './LengthSelect';
import { Missing } from '../../ui/Missing';
import { PastWorkshopNotice } from './PastWorkshopNotice';
import { useCarriedFromDates } from './use-carried-from';
import {
  useGroup,
  useLiterature,
  useMembers,
  useRunsOfWorkshop,
  useSeries,
  useWorkshopWithIncidents,
  useWorkshopsOfSeries,
} from './use-plan-data';
import { WorkshopReading } from './WorkshopReading';
import { updateWorkshop } from './plan-changes';
import { Loading } from '../../ui/Loading';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Field } from '../../ui/Field';

/**
 * Planning one workshop: when and where, its agenda, incidents and pre-reading. A held or
 * missed workshop's plan is shown as it was, read-only, unless the facilitator chooses to
 * edit it anyway.
 */
export function WorkshopScreen({ id }: { id: WorkshopId }) {
  const { ui } = useAppState();
  const [isEditingPast, setEditingPast] = useState(false);
  const workshop = useWorkshopWithIncidents(id);
  const runs = useRunsOfWorkshop(id);
  const current = workshop.value?.workshop;
  const incidents = workshop.value?.incidents ?? [];
  const series = useSeries(current?.seriesId);
  const siblings = useWorkshopsOfSeries(current?.seriesId);
  const members = useMembers(current?.groupId);
  const group = useGroup(current?.groupId);
  const literature = useLiterature(current?.groupId);
  const carriedFrom = useCarriedFromDates(incidents, current?.groupId ?? null);
  // Runs before the plan: a held workshop must never show as editable, even for a moment.
  if (!workshop.isLoaded || !runs.isLoaded) return <Loading />;
  if (!current)
    return <Missing what="workshop" back={{ section: 'plan', label: 'Plan' }} canUndo />;

  const label = workshopLabels(siblings.value).get(id) ?? 'Workshop';
  const end = addLocalMinutes(current.date, current.startTime, current.lengthMinutes).time;
  const date = isIsoDate(current.date) ? formatLongDate(current.date) : '';
  const status = workshopStatus(
    current,
    runs.value,
    zonedDateAt(systemClock.now(), groupTimeZone(group.value)),
  );
  const isLocked = isPast(status) && !isEditingPast;
  const change = (changes: Partial<Workshop>) =>
    updateWorkshop(id, () => changes, systemClock.now()).catch((error: unknown) =>
      ui.reportError(error, 'save that change'),
    );

  const page = (
    <div class="screen stack">
      <ScreenHeader
        title={label}
        back={
          current.seriesId
            ? {
                href: hrefFor('plan', 'series', current.seriesId),
                label: series.value?.title || 'Series',
              }
            : undefined
        }
      >
        <p class="lede">
          {date}, {formatLocalTime(current.startTime)}–{formatLocalTime(end)}
          {current.kind === 'follow-up' &&
            '. Looking back across the series, and planning how to share what was learnt.'}
        </p>
        <div class="row">
          <a class="btn btn-primary" href={hrefFor('plan', 'workshop', id, 'pack')}>
            Open the pre-reading pack
          </a>
          {!isLocked && (
            <a class="btn" href={hrefFor('run', 'start', id)}>
              Run this workshop
            </a>
          )}
          {current.kind === 'follow-up' && current.seriesId && (
            <a class="btn" href={hrefFor('run', 'series', current.seriesId)}>
              Look back at the series
            </a>
          )}
        </div>
      </ScreenHeader>
      <PastWorkshopNotice
        status={status}
        date={date}
        isEditing={isEditingPast}
        onEdit={setEditingPast}
      />
      {/* A held or missed workshop's plan: every field and button disabled at once. */}
      <fieldset class="plan-sections stack" disabled={isLocked}>
        <legend class="visually-hidden">
          {isLocked ? 'The plan as it was (read-only)' : 'The plan'}
        </legend>
        <section class="card stack" aria-labelledby="details-heading">
          <h2 id="details-heading">When and where</h2>
          <div class="form-grid">
            <Field id="workshop-date" label="Date">
              <input
                type="date"
                value={current.date}
                onChange={(e) =>
                  isIsoDate(e.currentTarget.value) && change({ date: e.currentTarget.value })
                }
              />
            </Field>
            <Field id="workshop-time" label="Start time">
              <input
                type="time"
                value={current.startTime}
                onChange={(e) =>
                  e.currentTarget.value && change({ startTime: e.currentTarget.value })
                }
              />
            </Field>
            <LengthSelect
              id="workshop-length"
              label="Length"
              value={current.lengthMinutes}
              onChange={(lengthMinutes) => change({ lengthMinutes })}
            />
            <FacilitatorSelect
              id="workshop-facilitator"
              members={members.value}
              value={current.facilitatorId}
              onChange={(facilitatorId) => change({ facilitatorId })}
            />
          </div>
          <CheckedField
            id="workshop-venue"
            label="Venue"
            value={current.venue}
            onSave={(venue) => updateWorkshop(id, () => ({ venue }), systemClock.now())}
          />
        </section>
        <AgendaEditor workshop={current} incidents={incidents} />
        <IncidentsSection
          workshop={current}
          incidents={incidents}
          members={members.value}
          carriedFromDates={carriedFrom}
        />
        <WorkshopReading workshop={current} literature={literature.value} />
      </fieldset>
    </div>
  );
  return (
    <GroupCheckOptions group={group.value} members={members.value}>
      {page}
    </GroupCheckOptions>
  );
}
