import { formatClockTime, formatDuration } from '../../domain/dates';
import { cueFor, formatCountdown, type RunView } from '../../domain/run-timer';

interface Props {
  view: RunView;
  total: number;
  /** For the polite status region: the phase, or a cue; never every second. */
  announcement: string;
}

/** The phase, its time left in large type, progress, what is next and the finish times. */
export function RunClock({ view, total, announcement }: Props) {
  const cue = cueFor(view);
  const isOver = view.timeLeftMs <= 0;
  const lateMinutes = Math.round(view.overrunMs / 60_000);
  return (
    <section class={`run-clock cue-${cue}`} aria-labelledby="phase-heading">
      <p class="run-step">
        Phase {view.currentIndex + 1} of {total}
        {view.status === 'paused' && ' · paused'}
      </p>
      <h1 id="phase-heading" class="run-phase">
        {view.current?.title ?? 'Workshop'}
      </h1>
      <p class="run-time" role="timer" aria-label="Time left in this phase">
        {isOver && view.status !== 'ready' && view.status !== 'finished'
          ? `${formatCountdown(view.timeLeftMs)} over`
          : formatCountdown(view.timeLeftMs)}
      </p>
      <p class="run-cue" role="status">
        {announcement}
      </p>
      <label class="run-progress">
        <span class="visually-hidden">Progress through the workshop</span>
        <progress max={1} value={view.progress} />
      </label>
      <dl class="run-facts">
        <div>
          <dt>Next</dt>
          <dd>{view.next?.title ?? 'The end'}</dd>
        </div>
        <div>
          <dt>Planned finish</dt>
          <dd>{formatClockTime(view.plannedFinishAt)}</dd>
        </div>
        <div>
          <dt>Projected finish</dt>
          <dd data-testid="projected-finish">
            {formatClockTime(view.projectedFinishAt)}
            {view.status !== 'ready' && lateMinutes > 0 && ` (${formatDuration(lateMinutes)} late)`}
            {view.status !== 'ready' &&
              lateMinutes < 0 &&
              ` (${formatDuration(-lateMinutes)} early)`}
          </dd>
        </div>
      </dl>
    </section>
  );
}
