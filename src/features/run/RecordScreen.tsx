import { hrefFor } from '../../app/router';
import { Missing } from '../../ui/Missing';
import { systemClock } from '../../domain/clock';
import { formatClockTime, formatLongDate } from '../../ui/dates';
import { CRITICAL_INCIDENT_QUESTIONNAIRE } from '../../domain/reflection-models/critical-incident-questionnaire';
import { incidentStepTimes, plannedAgainstActual, themesOf } from '../../domain/run-record';
import type { RunId, RunRecord } from '../../domain/types';
import { CarePauseNote } from './CarePause';
import { StepTimes } from './StepTimes';
import { TimeChart } from './TimeChart';
import { useRun, useRunContext, type RunContext } from './use-run-data';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { timingTimeZone } from '../../domain/run-timer';

/**
 * The session record: planned and actual time of every phase, attendance, themes, group
 * notes and the questionnaire's answers. Group material only, never anything from anyone's
 * journal. Prints cleanly.
 */
export function RecordScreen({ id }: { id: RunId }) {
  const run = useRun(id);
  if (!run.isLoaded) return <Loading />;
  if (!run.value) {
    return <Missing what="record" back={{ section: 'run', label: 'Run' }} />;
  }
  return <RecordView record={run.value} />;
}

function RecordView({ record }: { record: RunRecord }) {
  const context = useRunContext(record);
  if (!context.isLoaded || !context.value) return <Loading />;
  return <RecordBody record={record} context={context.value} />;
}

function RecordBody({ record, context }: { record: RunRecord; context: RunContext }) {
  const now = systemClock.now();
  const rows = plannedAgainstActual(record, now);
  const stepTimes = incidentStepTimes(record, context.incidents, now);
  const started = record.timing.startedAt;
  const present = context.members.filter((m) => record.attendance.includes(m.id));
  const themes = themesOf(record);
  const notes = record.timing.phases.filter((p) => record.notes[p.id]?.trim());
  // The times the group kept, in its own zone, wherever the record is read.
  const zone = timingTimeZone(record.timing);
  return (
    <div class="screen stack run-record">
      <ScreenHeader
        title={<>Session record: {record.title}</>}
        back={{ href: hrefFor('run'), label: 'Run' }}
      >
        <p class="lede">
          {started
            ? `${formatLongDate(started, zone)}, ${formatClockTime(started, zone)}–${formatClockTime(record.timing.finishedAt ?? started, zone)}`
            : 'Not started'}
          {context.workshop?.venue ? `, ${context.workshop.venue}` : ''}
        </p>
        <div class="row no-print">
          <Button variant="primary" onClick={() => print()}>
            Print the record
          </Button>
          {record.seriesId && (
            <a class="btn" href={hrefFor('run', 'series', record.seriesId)}>
              The whole series
            </a>
          )}
          {record.status !== 'finished' && (
            <a class="btn" href={hrefFor('run', 'live', record.id)}>
              Back to the workshop
            </a>
          )}
        </div>
      </ScreenHeader>
      <section class="card stack" aria-labelledby="time-heading">
        <h2 id="time-heading">Where the time went</h2>
        <TimeChart rows={rows} id={`chart-${record.id}`} />
        {stepTimes.map((times) => (
          <StepTimes key={times.phaseId} times={times} />
        ))}
        <CarePauseNote record={record} />
      </section>
      <section class="card" aria-labelledby="attendance-heading">
        <h2 id="attendance-heading">Attendance</h2>
        <p>
          {present.length > 0
            ? `${present.length} present: ${present.map((m) => m.displayName).join(', ')}.`
            : 'No attendance was taken.'}
        </p>
      </section>
      <section class="card" aria-labelledby="themes-heading">
        <h2 id="themes-heading">Themes</h2>
        {themes.length > 0 ? (
          <ul>
            {themes.map((theme, i) => (
              <li key={i}>{theme}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">No themes were noted.</p>
        )}
      </section>
      <section class="card" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Group notes</h2>
        {notes.length === 0 && <p class="muted">No group notes were kept.</p>}
        {notes.map((phase) => (
          <div key={phase.id}>
            <h3>{phase.title}</h3>
            <p class="run-notes-text">{record.notes[phase.id]}</p>
          </div>
        ))}
      </section>
      <section class="card page-break" aria-labelledby="ciq-heading">
        <h2 id="ciq-heading">Critical Incident Questionnaire</h2>
        {record.questionnaire.length === 0 ? (
          <p class="muted">Nobody answered the questionnaire.</p>
        ) : (
          CRITICAL_INCIDENT_QUESTIONNAIRE.map((q) => {
            const answers = record.questionnaire.map((a) => a[q.id]).filter(Boolean);
            return (
              <div key={q.id}>
                <h3>{q.question}</h3>
                {answers.length === 0 ? (
                  <p class="muted">No answers.</p>
                ) : (
                  <ul>
                    {answers.map((answer, i) => (
                      <li key={i}>{answer}</li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })
        )}
      </section>
    </div>
  );
}
