import { computed, type ReadonlySignal } from '@preact/signals';
import type { Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import type { RunTiming } from '../../domain/types';
import type { RunFigures } from './run-figures';

interface Props {
  timing: RunTiming;
  /** The figures as of now: they tick, and only the text that shows them is redrawn. */
  figures: RunFigures;
  /** For the polite status region: the phase, or a cue; never every second. */
  announcement: ReadonlySignal<string>;
  /** The phase heading, for the screen that takes the focus to it on arrival. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The big clock: the phase, its time left in large type, progress, what is next and the finish times. */
export function RunClock({ timing, figures, announcement, headingRef }: Props) {
  const current = timing.phases[timing.currentIndex];
  const next = timing.phases[timing.currentIndex + 1];
  const cueClass = useMemo(() => computed(() => `run-clock ${figures.cueClass.value}`), [figures]);
  return (
    <section class={cueClass} aria-labelledby="phase-heading">
      <p class="run-step">
        Phase {timing.currentIndex + 1} of {timing.phases.length}
        {timing.status === 'paused' && ' · paused'}
      </p>
      <h1 id="phase-heading" class="run-phase" ref={headingRef} tabIndex={-1}>
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
