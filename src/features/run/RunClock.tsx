import { computed, type ReadonlySignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { formatClockTime, formatDuration } from '../../domain/dates';
import { cueFor, formatCountdown, type RunView } from '../../domain/run-timer';
import type { RunTiming } from '../../domain/types';

interface Props {
  timing: RunTiming;
  /** The run as of now: it ticks, and only the figures that read it are redrawn. */
  view: ReadonlySignal<RunView>;
  /** For the polite status region: the phase, or a cue; never every second. */
  announcement: ReadonlySignal<string>;
}

/** "12:05", or "1:28 over" once the phase has run over. */
export function timeLeftText(view: RunView): string {
  const isOver = view.timeLeftMs <= 0 && view.status !== 'ready' && view.status !== 'finished';
  return isOver ? `${formatCountdown(view.timeLeftMs)} over` : formatCountdown(view.timeLeftMs);
}

/** " (10 min late)", " (5 min early)", or nothing when on time or not yet started. */
export function paceText(view: RunView): string {
  if (view.status === 'ready') return '';
  const minutes = Math.round(view.overrunMs / 60_000);
  if (minutes > 0) return ` (${formatDuration(minutes)} late)`;
  if (minutes < 0) return ` (${formatDuration(-minutes)} early)`;
  return '';
}

/** The ticking parts of a clock, each a signal of its own. */
export function useClockFigures(view: ReadonlySignal<RunView>) {
  return useMemo(
    () => ({
      cueClass: computed(() => `cue-${cueFor(view.value)}`),
      timeLeft: computed(() => timeLeftText(view.value)),
      projected: computed(
        () => `${formatClockTime(view.value.projectedFinishAt)}${paceText(view.value)}`,
      ),
      planned: computed(() => formatClockTime(view.value.plannedFinishAt)),
      progress: computed(() => view.value.progress),
    }),
    [view],
  );
}

/** The big clock: the phase, its time left in large type, progress, what is next and the finish times. */
export function RunClock({ timing, view, announcement }: Props) {
  const figures = useClockFigures(view);
  const current = timing.phases[timing.currentIndex];
  const next = timing.phases[timing.currentIndex + 1];
  const cueClass = useMemo(() => computed(() => `run-clock ${figures.cueClass.value}`), [figures]);
  return (
    <section class={cueClass} aria-labelledby="phase-heading">
      <p class="run-step">
        Phase {timing.currentIndex + 1} of {timing.phases.length}
        {timing.status === 'paused' && ' · paused'}
      </p>
      <h1 id="phase-heading" class="run-phase">
        {current?.title ?? 'Workshop'}
      </h1>
      <p class="run-time" role="timer" aria-label="Time left in this phase">
        {figures.timeLeft}
      </p>
      <p class="run-cue" role="status">
        {announcement}
      </p>
      <label class="run-progress">
        <span class="visually-hidden">Progress through the workshop</span>
        <progress max={1} value={figures.progress} />
      </label>
      <dl class="run-facts">
        <div>
          <dt>Next</dt>
          <dd>{next?.title ?? 'The end'}</dd>
        </div>
        <div>
          <dt>Planned finish</dt>
          <dd>{figures.planned}</dd>
        </div>
        <div>
          <dt>Projected finish</dt>
          <dd data-testid="projected-finish">{figures.projected}</dd>
        </div>
      </dl>
    </section>
  );
}
