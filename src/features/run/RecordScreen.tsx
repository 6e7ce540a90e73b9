import { hrefFor } from '../../app/router';
import { Missing } from '../../ui/Missing';
import { systemClock } from '../../domain/clock';
import { formatClockTime, formatLongDate, formatMediumDate } from '../../ui/dates';
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
import { useAppState } from '../../app/app-state';
import { findModel } from '../../domain/reflection-models/registry';
import { initialsOf, recordedIncidents } from '../../domain/series-continuity';
import type { QuestionnaireResponse } from '../../domain/types';
import { CheckedField } from '../../ui/CheckedField';
import { GroupCheckOptions } from '../../ui/check-options';
import { updateRun } from './run-data';
import { useState } from 'preact/hooks';
import { KeepACopyNotice } from './KeepACopyNotice';
import { PassedOnList } from './PassedOnList';

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
  // An incident's phase by its incident's name: two rows called "Critical incident" say
  // nothing. An incident not yet titled goes by who presented it, else by its place.
  const incidentPhases = record.timing.phases.filter((phase) => phase.incidentId);
  const incidentTitles = new Map(
    incidentPhases.map((phase, place) => {
      const incident = context.incidents.find((i) => i.id === phase.incidentId);
      const title = incident?.title.trim();
      const presenter = context.members.find((m) => m.id === incident?.presenterId);
      if (title) return [phase.id, `${phase.title}: ${title}`];
      if (presenter) return [phase.id, `${phase.title}: ${presenter.displayName} presenting`];
      return [phase.id, incidentPhases.length > 1 ? `${phase.title} ${place + 1}` : phase.title];
    }),
  );
  const named = <T extends { title: string }>(row: T, id: string) => ({
    ...row,
    title: incidentTitles.get(id) ?? row.title,
  });
  const rows = plannedAgainstActual(record, now).map((row) => named(row, row.id));
  const stepTimes = incidentStepTimes(record, context.incidents, now).map((times) =>
    named(times, times.phaseId),
  );
  const started = record.timing.startedAt;
  const present = context.members.filter((m) => record.attendance.includes(m.id));
  const themes = themesOf(record);
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
      {record.groupId && record.status === 'finished' && (
        <div class="no-print">
          <KeepACopyNotice groupId={record.groupId} />
        </div>
      )}
      <section class="card stack" aria-labelledby="time-heading">
        <h2 id="time-heading">Where the time went</h2>
        <TimeChart rows={rows} id={`chart-${record.id}`} />
        {stepTimes.map((times) => (
          <StepTimes key={times.phaseId} times={times} />
        ))}
        <CarePauseNote record={record} />
      </section>
      <RecordedIncidents record={record} context={context} />
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
      <GroupCheckOptions group={context.group} members={context.members}>
        <GroupNotes record={record} />
      </GroupCheckOptions>
      <SharingPlanTable record={record} />
      {record.passedOn && (
        <section class="card stack" aria-labelledby="passed-on-record-heading">
          <h2 id="passed-on-record-heading">Passed on from action cards</h2>
          <PassedOnList passedOn={record.passedOn} />
        </section>
      )}
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
      <GroupCheckOptions group={context.group} members={context.members}>
        <QuestionnaireReading record={record} />
      </GroupCheckOptions>
    </div>
  );
}

/** Each incident by name: who presented it, with which model, how far the group got. */
function RecordedIncidents({ record, context }: { record: RunRecord; context: RunContext }) {
  const incidents = recordedIncidents(record, context.incidents);
  if (incidents.length === 0) return null;
  const presenter = (id: string | null | undefined) =>
    context.members.find((m) => m.id === id)?.displayName;
  return (
    <section class="card" aria-labelledby="incidents-heading">
      <h2 id="incidents-heading">Critical incidents</h2>
      <ul class="run-record-incidents">
        {incidents.map(({ phaseId, incident, stepReached, stepCount, stepTitle, ...held }) => {
          const who = presenter(incident?.presenterId);
          const model = findModel(incident?.modelId ?? '')?.name;
          const part = incident?.stage === 'reconstruction' ? 'second part' : 'first part';
          return (
            <li key={phaseId}>
              <strong>{incident?.title || 'Untitled incident'}</strong>
              {incident?.newTitle ? ` — now called “${incident.newTitle}”` : ''}
              <br />
              {[
                who ? `Presented by ${initialsOf(who)}` : 'Presenter not recorded',
                model,
                held.wasHeld
                  ? `${part}, reached step ${stepReached} of ${stepCount} (${stepTitle})`
                  : `${part}, not reached`,
                held.isCarried ? 'carried to the next workshop' : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const READING_FIELDS: [keyof QuestionnaireResponse, string][] = [
  ['heard', 'What we heard'],
  ['changes', 'What I will change in response'],
];

/**
 * Brookfield's loop: after reading the answers, what the facilitator heard and what they will
 * change. The next workshop's catch-up shows both. Group material, so checked; and the
 * answers can echo case material, so the browser's spellchecker is kept away.
 */
function QuestionnaireReading({ record }: { record: RunRecord }) {
  const { ui } = useAppState();
  const response = record.questionnaireResponse ?? { heard: '', changes: '' };
  const save = (field: keyof QuestionnaireResponse) => async (text: string) => {
    try {
      await updateRun(
        record.id,
        (run) => ({
          questionnaireResponse: {
            ...(run.questionnaireResponse ?? { heard: '', changes: '' }),
            [field]: text,
          },
        }),
        systemClock.now(),
      );
    } catch (error) {
      ui.reportError(error, 'save your reading of the questionnaire');
    }
  };
  return (
    <section class="card stack" aria-labelledby="reading-heading">
      <h2 id="reading-heading">Reading the answers</h2>
      <p class="hint">
        After the workshop: what the answers tell you, and what you will change. The next workshop’s
        catch-up shows both to the group.
      </p>
      {READING_FIELDS.map(([field, label]) => (
        <CheckedField
          key={field}
          id={`${field}-${record.id}`}
          label={label}
          value={response[field]}
          isMultiline
          isSensitive
          rows={3}
          onSave={save(field)}
        />
      ))}
    </section>
  );
}

/**
 * The group notes as kept, and tidied after the session if need be (a typo, a name that
 * slipped in): through the same identifying-details check as during the workshop.
 */
function GroupNotes({ record }: { record: RunRecord }) {
  const { ui } = useAppState();
  const [isTidying, setTidying] = useState(false);
  const notes = record.timing.phases.filter((p) => record.notes[p.id]?.trim());
  const save = (phaseId: string) => async (text: string) => {
    try {
      await updateRun(
        record.id,
        (run) => ({ notes: { ...run.notes, [phaseId]: text } }),
        systemClock.now(),
      );
    } catch (error) {
      ui.reportError(error, 'save the notes');
    }
  };
  return (
    <section class="card stack" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Group notes</h2>
      {notes.length === 0 && <p class="muted">No group notes were kept.</p>}
      {notes.map((phase) =>
        isTidying ? (
          <CheckedField
            key={phase.id}
            id={`record-notes-${phase.id}`}
            label={phase.title}
            value={record.notes[phase.id] ?? ''}
            isMultiline
            isSensitive
            rows={4}
            onSave={save(phase.id)}
          />
        ) : (
          <div key={phase.id}>
            <h3>{phase.title}</h3>
            <p class="run-notes-text">{record.notes[phase.id]}</p>
          </div>
        ),
      )}
      {notes.length > 0 && (
        <div class="row no-print">
          <Button onClick={() => setTidying(!isTidying)}>
            {isTidying ? 'Done tidying' : 'Tidy the notes'}
          </Button>
        </div>
      )}
    </section>
  );
}

/** The follow-up's plan to share what was learnt, as agreed. */
function SharingPlanTable({ record }: { record: RunRecord }) {
  const steps = (record.sharingPlan ?? []).filter((step) => step.what.trim());
  if (steps.length === 0) return null;
  return (
    <section class="card" aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">Plan to share what we learnt</h2>
      <table class="run-table">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">With whom</th>
            <th scope="col">Who</th>
            <th scope="col">By when</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.id}>
              <td>{step.what}</td>
              <td>{step.withWhom}</td>
              <td>{step.who || 'Not decided'}</td>
              <td>{step.byWhen ? formatMediumDate(step.byWhen) : 'Not set'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
