import { useId } from 'preact/hooks';
import { hrefFor } from '../../app/router';
import { systemClock } from '../../domain/clock';
import { formatMediumDate } from '../../ui/dates';
import { themesOf, timeByPhaseKind } from '../../domain/run-record';
import { answerCount, incidentThreads } from '../../domain/series-continuity';
import type { RunRecord, SeriesId } from '../../domain/types';
import { TimeChart } from './TimeChart';
import { useSeriesLookBack } from './use-run-data';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { timingTimeZone } from '../../domain/run-timer';

const SHARING_PROMPTS = [
  'What have we learnt, as a group, that others in our service should hear?',
  'Who needs to hear it — team, managers, students, the people we work with — and how?',
  'What will each of us do differently, and how will we know?',
  'What helped and what hindered our reflection, and what would we change next time?',
];

type LookBack = NonNullable<ReturnType<typeof useSeriesLookBack>['value']>;

/** The follow-up workshop's look back at a whole series, and prompts for sharing it. */
export function FollowUpScreen({ id }: { id: SeriesId }) {
  const data = useSeriesLookBack(id);
  if (!data.isLoaded || !data.value) return <Loading />;
  const { series, runs } = data.value;
  return (
    <div class="screen stack run-record">
      <ScreenHeader
        title={<>Looking back: {series?.title ?? 'the series'}</>}
        back={{ href: hrefFor('run'), label: 'Run' }}
      >
        <p class="lede">
          {runs.length} workshop{runs.length === 1 ? '' : 's'} recorded. For the follow-up: what
          happened across the series, and how to share what was learnt.
        </p>
        <Button class="no-print" onClick={() => print()}>
          Print
        </Button>
      </ScreenHeader>
      <LookBackSections id={id} data={data.value} />
    </div>
  );
}

/** The same look back inside the follow-up workshop's run, in its "looking back" phases. */
export function SeriesLookBack({ id }: { id: SeriesId }) {
  const data = useSeriesLookBack(id);
  if (!data.value) return <p class="loading">Loading…</p>;
  return <LookBackSections id={id} data={data.value} />;
}

function LookBackSections({ id, data }: { id: SeriesId; data: LookBack }) {
  const { runs, members, incidents } = data;
  // Two phases of a follow-up may show this at once (one hidden): ids must not clash.
  const uid = useId();
  const name = (memberId: string) => members.find((m) => m.id === memberId)?.displayName ?? '?';
  // Which run held each incident: its two parts read as one line.
  const heldIn = new Map<string, RunRecord>();
  for (const run of runs) {
    for (const phase of run.timing.phases) {
      if (phase.incidentId && phase.elapsedMs > 0) heldIn.set(phase.incidentId, run);
    }
  }
  const threads = incidentThreads(
    incidents.filter((i) => heldIn.has(i.id) || (i.carriedFromId && heldIn.has(i.carriedFromId))),
  );
  const themes = [...new Set(runs.flatMap((run) => themesOf(run)))];

  return (
    <>
      <section class="card" aria-labelledby={`${uid}-attendance`}>
        <h2 id={`${uid}-attendance`}>Attendance</h2>
        {runs.length === 0 ? (
          <p class="muted">No workshop of this series has been run yet.</p>
        ) : (
          <table class="run-table">
            <caption class="visually-hidden">Who came to each workshop</caption>
            <thead>
              <tr>
                <th scope="col">Workshop</th>
                <th scope="col">Present</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <th scope="row">
                    <a href={hrefFor('run', 'record', run.id)}>
                      {run.title},{' '}
                      {formatMediumDate(
                        run.timing.startedAt ?? run.createdAt,
                        timingTimeZone(run.timing),
                      )}
                    </a>
                  </th>
                  <td>
                    {run.attendance.length > 0
                      ? `${run.attendance.length}: ${run.attendance.map(name).join(', ')}`
                      : 'Not taken'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="card" aria-labelledby={`${uid}-incidents`}>
        <h2 id={`${uid}-incidents`}>Incidents discussed</h2>
        {threads.length === 0 ? (
          <p class="muted">None recorded yet.</p>
        ) : (
          <ul>
            {threads.map(({ first, second, newTitle }) => {
              const firstRun = heldIn.get(first.id);
              const secondRun = second && heldIn.get(second.id);
              const parts = [
                firstRun && `told at ${firstRun.title}`,
                second &&
                  (secondRun
                    ? `reconstructed at ${secondRun.title}`
                    : 'carried forward for its reconstruction'),
              ].filter(Boolean);
              return (
                <li key={first.id}>
                  {first.title || 'Untitled incident'}
                  {newTitle ? ` → “${newTitle}”` : ''}{' '}
                  <span class="muted">— {parts.join(', ')}</span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby={`${uid}-questionnaire`}>
        <h2 id={`${uid}-questionnaire`}>What the questionnaires said</h2>
        {runs.length === 0 ? (
          <p class="muted">No workshop of this series has been run yet.</p>
        ) : (
          <ul class="stack">
            {runs.map((run) => {
              const answers = answerCount(run);
              const reading = run.questionnaireResponse;
              return (
                <li key={run.id}>
                  <strong>{run.title}</strong>:{' '}
                  {answers === 0
                    ? 'nobody answered.'
                    : `${answers} ${answers === 1 ? 'answer' : 'answers'}.`}
                  {reading?.heard.trim() && <> What we heard: {reading.heard}</>}
                  {reading?.changes.trim() && <> What changed in response: {reading.changes}</>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby={`${uid}-themes`}>
        <h2 id={`${uid}-themes`}>Themes</h2>
        {themes.length === 0 ? (
          <p class="muted">No themes noted yet.</p>
        ) : (
          <ul>
            {themes.map((theme) => (
              <li key={theme}>{theme}</li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby={`${uid}-time`}>
        <h2 id={`${uid}-time`}>Where the time went</h2>
        <TimeChart rows={timeByPhaseKind(runs, systemClock.now())} id={`${uid}-chart-${id}`} />
      </section>
      <section class="card" aria-labelledby={`${uid}-sharing`}>
        <h2 id={`${uid}-sharing`}>Sharing what was learnt</h2>
        <ul class="run-questions">
          {SHARING_PROMPTS.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
