import type { ComponentChildren } from 'preact';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { addDays } from '../../domain/calendar';
import { systemClock } from '../../domain/clock';
import { formatLongDate, timeZoneName } from '../../ui/dates';
import { groupTimeZone, zonedDateAt } from '../../domain/time-zone';
import { calendarFileName } from '../../domain/ics';
import { seriesCalendar } from './series-calendar';
import { FIVE_WORKSHOPS_TEMPLATE, makeWorkshop } from '../../domain/series-plan';
import { workshopLabels } from '../../ui/workshop-labels';
import type { SeriesId, Workshop, WorkshopId, WorkshopKind } from '../../domain/types';
import { isPast, workshopStatuses } from '../../domain/workshop-status';
import { CheckedField } from '../../ui/CheckedField';
import { GroupCheckOptions } from '../../ui/check-options';
import { downloadBlob } from '../../ui/download';
import { Missing } from '../../ui/Missing';
import { rotationChanges } from '../../domain/rotation-changes';
import { deletePlanWithUndo } from './undo';
import {
  useGroup,
  useIncidentsOfGroup,
  useLiterature,
  useMembers,
  useRunsOfSeries,
  useSeries,
  useWorkshopsOfSeries,
} from './use-plan-data';
import { WorkshopRow } from './WorkshopRow';
import {
  applyRotation,
  deleteSeries,
  deleteWorkshop,
  revertRotation,
  saveWorkshop,
  updateSeries,
} from './plan-changes';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { SeriesLinkCard } from './share/SeriesLinkCard';

/**
 * A series: its workshops' dates and turns, the calendar file, more workshops. `children`
 * come first under the heading (what to do next, for a series just set up).
 */
export function SeriesScreen({ id, children }: { id: SeriesId; children?: ComponentChildren }) {
  const { ui } = useAppState();
  const series = useSeries(id);
  const groupId = series.value?.groupId;
  const group = useGroup(groupId);
  const members = useMembers(groupId);
  const workshops = useWorkshopsOfSeries(id);
  const literature = useLiterature(groupId);
  const incidents = useIncidentsOfGroup(groupId);
  const runs = useRunsOfSeries(id);
  // Runs before statuses: a held workshop must never flash up as missed.
  if (!series.isLoaded || !runs.isLoaded) return <Loading />;
  if (!series.value)
    return <Missing what="series" back={{ section: 'plan', label: 'Plan' }} canUndo />;
  const current = series.value;
  const labels = workshopLabels(workshops.value);
  const regular = workshops.value.filter((w) => w.kind === 'regular');
  const hasFollowUp = workshops.value.some((w) => w.kind === 'follow-up');
  const statuses = workshopStatuses(
    workshops.value,
    runs.value,
    zonedDateAt(systemClock.now(), groupTimeZone(group.value)),
  );
  const pastIds = new Set<WorkshopId>(
    workshops.value.filter((w) => isPast(statuses.get(w.id)!)).map((w) => w.id),
  );

  async function proposeTurns() {
    const now = systemClock.now();
    const changes = rotationChanges(members.value, workshops.value, incidents.value, now, pastIds);
    try {
      const applied = await applyRotation(changes, now);
      ui.notify('Turns proposed for every workshop. Change any of them below.', {
        action: {
          label: 'Undo',
          run: () => void revertRotation(applied).catch((e: unknown) => ui.reportError(e)),
        },
      });
    } catch (error) {
      ui.reportError(error, 'propose turns');
    }
  }

  async function addWorkshop(kind: WorkshopKind) {
    // A new workshop follows the last regular one at the series' cadence; so does a follow-up,
    // months later.
    const last = regular.at(-1) ?? workshops.value.at(-1);
    const weeks =
      kind === 'follow-up' ? FIVE_WORKSHOPS_TEMPLATE.followUpAfterWeeks! : current.cadenceWeeks;
    const workshop = makeWorkshop(
      {
        seriesId: id,
        groupId: current.groupId,
        kind,
        position: workshops.value.length,
        date: last ? addDays(last.date, weeks * 7) : current.startDate,
        startTime: last?.startTime ?? current.startTime,
        venue: last?.venue ?? '',
      },
      systemClock,
    );
    try {
      await saveWorkshop(workshop);
      ui.notify(kind === 'follow-up' ? 'Follow-up added.' : 'Workshop added.', { tone: 'success' });
    } catch (error) {
      ui.reportError(error, 'add the workshop');
    }
  }

  function downloadCalendar() {
    const text = seriesCalendar(
      {
        groupName: group.value?.name ?? '',
        series: current,
        workshops: workshops.value,
        literature: literature.value,
        timeZone: groupTimeZone(group.value),
      },
      systemClock.now(),
    );
    const first = workshops.value[0]?.date ?? current.startDate;
    downloadBlob(
      new Blob([text], { type: 'text/calendar;charset=utf-8' }),
      calendarFileName(first),
    );
  }

  async function remove() {
    await deletePlanWithUndo(ui, 'Series', () => deleteSeries(id), [
      'plan',
      'group',
      current.groupId,
    ]);
  }

  const removeWorkshop = (workshop: Workshop) =>
    deletePlanWithUndo(ui, 'Workshop', () => deleteWorkshop(workshop.id));

  const page = (
    <div class="screen stack">
      <ScreenHeader
        title={current.title || 'Untitled series'}
        back={{
          href: hrefFor('plan', 'group', current.groupId),
          label: group.value?.name || 'Group',
        }}
      >
        <p class="lede">
          {regular.length} workshops{hasFollowUp ? ' and a follow-up' : ''}, from{' '}
          {formatLongDate(workshops.value[0]?.date ?? current.startDate)}. Move any date; times are{' '}
          {timeZoneName(groupTimeZone(group.value))} time, across clock changes.
        </p>
      </ScreenHeader>
      {children}
      <section class="card stack" aria-labelledby="workshops-heading">
        <h2 id="workshops-heading">Workshops</h2>
        <ol class="workshop-list">
          {workshops.value.map((workshop) => (
            <WorkshopRow
              key={workshop.id}
              workshop={workshop}
              label={labels.get(workshop.id) ?? 'Workshop'}
              status={statuses.get(workshop.id)!}
              members={members.value}
              incidents={incidents.value}
              onDelete={() => removeWorkshop(workshop)}
            />
          ))}
        </ol>
        <div class="row">
          <Button onClick={() => addWorkshop('regular')}>Add a workshop</Button>
          {!hasFollowUp && (
            <Button onClick={() => addWorkshop('follow-up')}>Add a follow-up</Button>
          )}
        </div>
      </section>
      <section class="card stack" aria-labelledby="turns-heading">
        <h2 id="turns-heading">Taking turns</h2>
        <p>
          The app can propose who facilitates each workshop, the follow-up too, and who brings an
          incident: turns shared fairly, nobody twice in a row, and nobody presenting in a workshop
          they facilitate. Incidents a presenter has started, or that were carried forward, keep
          their presenter; workshops already held or missed keep their turns. Change any turn above
          afterwards.
        </p>
        <div class="row">
          <Button onClick={proposeTurns} disabled={!members.value.length}>
            Propose turns
          </Button>
        </div>
      </section>
      <section class="card stack" aria-labelledby="kit-heading">
        <h2 id="kit-heading">Paper kit</h2>
        <p>
          For when the tablet fails: run sheets, ground rules to sign, cue cards, questionnaire
          slips and the timetable, on A4.
        </p>
        <div class="row">
          <a class="btn" href={hrefFor('plan', 'series', id, 'kit')}>
            Open the paper kit
          </a>
        </div>
      </section>
      <section class="card stack" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">Calendar</h2>
        <p>
          A calendar file with every workshop, its venue and its pre-reading, for Outlook, Google
          Calendar or an iPad. Incident titles are left out of it.
        </p>
        <div class="row">
          <Button variant="primary" onClick={downloadCalendar}>
            Download the calendar (.ics)
          </Button>
        </div>
      </section>
      <SeriesLinkCard groupId={current.groupId} seriesId={current.id} />
      <section class="card stack" aria-labelledby="series-settings-heading">
        <h2 id="series-settings-heading">About this series</h2>
        <CheckedField
          id="series-title"
          label="Title of the series"
          value={current.title}
          onSave={(title) => updateSeries(id, { title }, systemClock.now())}
        />
        <div class="row">
          <Button variant="danger" onClick={remove}>
            Delete this series
          </Button>
          <span class="hint">Deletes its workshops and their incidents. You can undo.</span>
        </div>
      </section>
    </div>
  );
  return (
    <GroupCheckOptions group={group.value} members={members.value}>
      {page}
    </GroupCheckOptions>
  );
}
