import type { RunRecord } from '../../domain/types';

/** The agenda as it stands: done, current and to come, with each phase's minutes now. */
export function PhaseList({ record }: { record: RunRecord }) {
  const { phases, currentIndex } = record.timing;
  return (
    <section class="card no-print" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      <ol class="run-agenda">
        {phases.map((phase, i) => (
          <li
            key={phase.id}
            class={i === currentIndex ? 'is-current' : i < currentIndex ? 'is-done' : ''}
            aria-current={i === currentIndex ? 'step' : undefined}
          >
            <span>{phase.title}</span>
            <span class="muted">
              {phase.isSkipped
                ? 'skipped'
                : `${Math.round((phase.allottedMs + phase.extensionMs) / 60_000)} min`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
