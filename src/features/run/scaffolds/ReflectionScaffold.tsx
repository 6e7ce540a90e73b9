import { newActionCardHref } from '../../../app/links';
import { CheckedField } from '../../../ui/CheckedField';
import { hrefFor } from '../../../app/router';
import { phaseSteps, presenterStages } from '../../../domain/incident-steps';
import type { ReflectionStage } from '../../../domain/reflection-models/types';
import type { RunRecord } from '../../../domain/types';
import type { RunContext } from '../use-run-data';
import type { ScaffoldProps } from '../PhaseScaffolds';
import { PassedOnPanel } from './PassedOnPanel';

/** The link a participant follows to write a journal entry tied to this workshop. */
function journalLink(workshopId: string, incidentId?: string): string {
  const query = new URLSearchParams({ workshop: workshopId });
  if (incidentId) query.set('incident', incidentId);
  return `#/journal/new?${query.toString()}`;
}

/**
 * Individual reflection and review: a quiet time with one prompt, a way into one's own
 * journal (on one's own device), and the themes the group names for the record.
 */
export function ReflectionScaffold({ record, phase, context, onChange, reveal }: ScaffoldProps) {
  const incidentId =
    record.timing.phases.find((p) => p.incidentId)?.incidentId ?? context.incidents[0]?.id;
  const isFollowUp = context.workshop?.kind === 'follow-up';
  const forPresenters = presenterPrompts(record, context);
  return (
    <>
      <section class="card stack run-quiet" aria-labelledby={`reflect-${phase.id}`}>
        <h2 id={`reflect-${phase.id}`}>Quiet time</h2>
        <p class="run-prompt">What have I learnt today, and how will I use it?</p>
        {isFollowUp && (
          <div class="stack">
            <p class="run-prompt">
              Follow up your action cards: for each action, how far did I get, what helped, what
              hindered?
            </p>
            <p>
              <a class="btn" href={hrefFor('actions')}>
                Follow up my action cards
              </a>{' '}
              <span class="muted">On your own device. What you write stays private to you.</span>
            </p>
          </div>
        )}
        {forPresenters.length > 0 && (
          <div class="stack">
            <h3>If you presented today, on your own</h3>
            <p class="muted">
              What to do next is yours to decide, not the group’s to advise: take these to your
              journal.
            </p>
            <ul>
              {forPresenters.map((stage) => (
                <li key={stage.title}>
                  <strong>{stage.title}:</strong> {stage.prompt}
                </li>
              ))}
            </ul>
          </div>
        )}
        {record.workshopId && (
          <p>
            <a class="btn" href={journalLink(record.workshopId, incidentId)}>
              Write in my journal
            </a>{' '}
            <a class="btn" href={newActionCardHref(record.workshopId)}>
              Set my action card
            </a>{' '}
            <span class="muted">On your own device: your journal stays private to you.</span>
          </p>
        )}
      </section>
      {isFollowUp && <PassedOnPanel record={record} onChange={onChange} />}
      <section class="card">
        <CheckedField
          id={`themes-${phase.id}`}
          label="Themes the group named"
          hint="One a line, for the session record and the follow-up."
          value={record.themes}
          isMultiline
          rows={3}
          onReveal={reveal}
          onSave={async (themes) => {
            await onChange(() => ({ themes }), 'save the themes');
          }}
        />
      </section>
    </>
  );
}

/** The action stages of the models used today, once each: the presenters' own to answer. */
function presenterPrompts(record: RunRecord, context: RunContext): ReflectionStage[] {
  const stages = new Map<string, ReflectionStage>();
  for (const phase of record.timing.phases.filter((p) => p.kind === 'incident')) {
    const { model, part } = phaseSteps(record, phase, context.incidents);
    for (const stage of presenterStages(model, part)) stages.set(`${model.id}:${stage.id}`, stage);
  }
  return [...stages.values()];
}
