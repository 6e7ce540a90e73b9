import { useEffect } from 'preact/hooks';
import { hrefFor } from '../../app/router';
import { systemClock } from '../../domain/clock';
import { timingTimeZone } from '../../domain/run-timer';
import { groupTimeZone, zonedDateAt } from '../../domain/time-zone';
import { formatLocalTime, formatLongDate, formatMediumDate } from '../../ui/dates';
import { workshopLabels } from '../../ui/workshop-labels';
import type { Workshop } from '../../domain/types';
import { missedToMention, workshopStatus } from '../../domain/workshop-status';
import { useLiveRun, useRunLists } from './use-run-data';
import { Loading } from '../../ui/Loading';
import { ScreenHeader } from '../../ui/ScreenHeader';

const UPCOMING_SHOWN = 4;

/**
 * Run's front page: back to a running workshop at once; otherwise today's and the next
 * planned workshops, any recently missed (said so, not left to vanish), an ad-hoc workshop
 * from the default agenda, and past records.
 */
export function RunHome() {
  const live = useLiveRun();
  const lists = useRunLists();

  // Reopening the app resumes the running workshop exactly where it is.
  useEffect(() => {
    if (live.value) location.replace(hrefFor('run', 'live', live.value.id));
  }, [live.value]);

  if (!live.isLoaded || !lists.isLoaded || live.value) {
    return <Loading />;
  }
  const now = systemClock.now();
  const { workshops, open, finished } = lists.value;
  // Each group's "today" is the date where it meets.
  const groups = new Map(lists.value.groups.map((group) => [group.id, group]));
  const todayOf = (workshop: Workshop) =>
    zonedDateAt(now, groupTimeZone(workshop.groupId ? groups.get(workshop.groupId) : undefined));
  const runs = [...open, ...finished];
  const statuses = new Map(workshops.map((w) => [w.id, workshopStatus(w, runs, todayOf(w))]));
  const upcoming = workshops
    .filter((w) => w.date >= todayOf(w) && statuses.get(w.id)?.kind !== 'held')
    .slice(0, UPCOMING_SHOWN);
  const missed = missedToMention(workshops, statuses).slice(0, UPCOMING_SHOWN);
  const ready = open.filter((run) => run.status === 'ready');
  const label = (workshop: Workshop) =>
    workshopLabels(workshops.filter((w) => w.seriesId === workshop.seriesId)).get(workshop.id) ??
    'Workshop';

  return (
    <div class="screen stack">
      <ScreenHeader title="Run a workshop">
        <p class="lede">Keep the room on time and in the right phase, with a scaffold for each.</p>
      </ScreenHeader>
      <section class="card stack" aria-labelledby="start-heading">
        <h2 id="start-heading">Start a workshop</h2>
        {upcoming.length === 0 ? (
          <p class="muted">No planned workshops from today on.</p>
        ) : (
          <ul class="run-list">
            {upcoming.map((workshop) => (
              <li key={workshop.id} class="row">
                <span class="run-list-what">
                  <strong>{label(workshop)}</strong>:{' '}
                  {workshop.date === todayOf(workshop) ? 'Today' : formatMediumDate(workshop.date)},{' '}
                  {formatLocalTime(workshop.startTime)}
                  {workshop.venue && <span class="muted"> · {workshop.venue}</span>}
                </span>
                <a
                  class={`btn ${workshop.date === todayOf(workshop) ? 'btn-primary' : ''}`}
                  href={hrefFor('run', 'start', workshop.id)}
                  aria-label={`Run this workshop: ${label(workshop)}, ${formatLongDate(workshop.date)}`}
                >
                  Run this workshop
                </a>
              </li>
            ))}
          </ul>
        )}
        {missed.length > 0 && (
          <>
            <h3 id="missed-heading">Missed</h3>
            <ul class="run-list" aria-labelledby="missed-heading">
              {missed.map((workshop) => (
                <li key={workshop.id} class="row">
                  <span class="run-list-what">
                    <strong>{label(workshop)}</strong>: {formatMediumDate(workshop.date)},{' '}
                    {formatLocalTime(workshop.startTime)}.{' '}
                    <span class="muted">
                      Missed: its date passed with no run. To hold it after all, give it a new date
                      in Plan.
                    </span>
                  </span>
                  <a
                    class="btn"
                    href={hrefFor('plan', 'workshop', workshop.id)}
                    aria-label={`Open ${label(workshop)} in Plan`}
                  >
                    Open in Plan
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <a class="btn" href={hrefFor('run', 'start', 'ad-hoc')}>
            Run an ad-hoc workshop (default agenda)
          </a>
        </p>
        {ready.length > 0 && (
          <p>
            Ready to start:{' '}
            {ready.map((run) => (
              <a key={run.id} class="btn btn-quiet" href={hrefFor('run', 'live', run.id)}>
                {run.title}
              </a>
            ))}
          </p>
        )}
      </section>
      <section class="card stack" aria-labelledby="records-heading">
        <h2 id="records-heading">Session records</h2>
        {lists.value.finished.length === 0 ? (
          <p class="muted">Records appear here when a workshop ends.</p>
        ) : (
          <ul class="run-list">
            {lists.value.finished.map((run) => (
              <li key={run.id} class="row">
                <span class="run-list-what">
                  {run.title},{' '}
                  {formatMediumDate(
                    run.timing.startedAt ?? run.createdAt,
                    timingTimeZone(run.timing),
                  )}
                </span>
                <a class="btn" href={hrefFor('run', 'record', run.id)}>
                  Open the record
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
