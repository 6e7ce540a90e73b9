import { newActionCardHref } from '../../../app/links';
import { CheckedField } from '../../../ui/CheckedField';
import type { ScaffoldProps } from '../PhaseScaffolds';

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
  return (
    <>
      <section class="card stack run-quiet" aria-labelledby={`reflect-${phase.id}`}>
        <h2 id={`reflect-${phase.id}`}>Quiet time</h2>
        <p class="run-prompt">What have I learnt today, and how will I use it?</p>
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
