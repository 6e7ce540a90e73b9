import type { ScaffoldProps } from '../PhaseScaffolds';
import { Button } from '../../../ui/Button';

/** Literature discussion: the workshop's pre-reading, one item at a time, questions large. */
export function LiteratureScaffold({ record, phase, context, onChange }: ScaffoldProps) {
  const items = context.literature;
  const at = Math.min(record.steps[phase.id] ?? 0, Math.max(0, items.length - 1));
  const item = items[at];
  const go = (index: number) =>
    void onChange((run) => ({ steps: { ...run.steps, [phase.id]: index } }));

  if (!item) {
    return (
      <section class="card">
        <h2>Reading</h2>
        <p class="muted">No reading is attached to this workshop.</p>
      </section>
    );
  }
  return (
    <section class="card stack" aria-labelledby={`reading-${phase.id}`}>
      <p class="run-step">
        Reading {at + 1} of {items.length}
      </p>
      <h2 id={`reading-${phase.id}`} class="run-reading-title">
        {item.title}
      </h2>
      <p class="muted">{[item.authors, item.year, item.source].filter(Boolean).join(', ')}</p>
      {item.questions.length > 0 ? (
        <ol class="run-questions">
          {item.questions.map((question, i) => (
            <li key={i}>{question}</li>
          ))}
        </ol>
      ) : (
        <p class="run-prompt">What did this reading make you think about your own practice?</p>
      )}
      {items.length > 1 && (
        <div class="row">
          <Button disabled={at === 0} onClick={() => go(at - 1)}>
            Previous reading
          </Button>
          <Button variant="primary" disabled={at >= items.length - 1} onClick={() => go(at + 1)}>
            Next reading
          </Button>
        </div>
      )}
    </section>
  );
}
