import { computed, type ReadonlySignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import {
  nextPhase,
  nextPhaseIndex,
  pauseForCare,
  pauseRun,
  resumeRun,
  startRun,
} from '../../domain/run-timer';
import type { RunTiming } from '../../domain/types';
import { Button } from '../../ui/Button';
import { useFocusOnArrival } from '../../ui/use-focus-on-arrival';
import { NoticeDock } from '../../app/Notices';
import { CarePause } from './CarePause';
import { unlockAudio } from './cues';
import { RunClock } from './RunClock';
import type { RunFigures } from './run-figures';
import type { RunActions } from './use-run-actions';

interface Props {
  timing: RunTiming;
  figures: RunFigures;
  announcement: ReadonlySignal<string>;
  actions: RunActions;
  isSaving: boolean;
  isBig: boolean;
  onBig: (isBig: boolean) => void;
}

/**
 * The facilitator's clock, always in view: the phase, its time left, late or early, and the
 * controls of the clock (start, pause, next phase). Compact, so the step the group is on
 * fits beside or below it; the big clock is one tap away.
 */
export function ClockBar(props: Props) {
  const { timing, figures, announcement, isBig, onBig } = props;
  // Arriving on the run screen brings the focus to the phase's heading (not the page body).
  const heading = useFocusOnArrival<HTMLHeadingElement>();
  const barClass = useMemo(() => computed(() => `run-bar ${figures.cueClass.value}`), [figures]);
  const current = timing.phases[timing.currentIndex];
  const toggle = (
    <Button class="run-bar-toggle" aria-pressed={isBig} onClick={() => onBig(!isBig)}>
      Big clock
    </Button>
  );

  if (isBig) {
    return (
      <div class="run-bar is-big">
        <RunClock
          timing={timing}
          figures={figures}
          announcement={announcement}
          headingRef={heading}
        />
        <div class="row run-bar-controls">
          <ClockControls {...props} />
          {toggle}
        </div>
        <NoticeDock class="run-notices" />
      </div>
    );
  }

  return (
    <section class={barClass} aria-labelledby="phase-heading">
      <div class="run-bar-top">
        <div class="run-bar-what">
          <p class="run-step">
            Phase {timing.currentIndex + 1} of {timing.phases.length}
            {timing.status === 'paused' && ' · paused'}
          </p>
          <h1 id="phase-heading" class="run-bar-phase" ref={heading} tabIndex={-1}>
            {current?.title ?? 'Workshop'}
          </h1>
          <p class="run-cue" role="status">
            {announcement}
          </p>
        </div>
        <p class="run-bar-time" role="timer" aria-label="Time left in this phase">
          {figures.timeLeft}
        </p>
      </div>
      <div class="run-bar-bottom">
        <p class="run-bar-pace">
          <span class="muted">{timing.status === 'ready' ? 'Planned finish ' : 'Finish '}</span>
          <span data-testid="projected-finish">
            {timing.status === 'ready' ? figures.planned : figures.projected}
          </span>
        </p>
        <div class="row run-bar-controls">
          <ClockControls {...props} />
          {toggle}
        </div>
      </div>
      {/* The app's messages, kept off the clock and the step (beside them in landscape). */}
      <NoticeDock class="run-notices" />
    </section>
  );
}

/**
 * Start, pause or resume, a pause for care, and the next phase: the controls the room waits
 * on. After Start the focus is on Pause, where Start was, not lost on the page.
 */
function ClockControls({ timing, figures, actions, isSaving }: Props) {
  const { act } = actions;
  const controls = useRef<HTMLSpanElement>(null);
  const isStarting = useRef(false);
  const next = useMemo(() => {
    const { isOver } = figures;
    return {
      label: computed(() => (isOver.value ? 'Next phase' : 'End phase now, go to next')),
      class: computed(() => `btn btn-large${isOver.value ? ' btn-primary' : ''}`),
    };
  }, [figures]);

  useEffect(() => {
    if (timing.status === 'ready' || !isStarting.current) return;
    isStarting.current = false;
    controls.current?.querySelector<HTMLElement>('[data-pause]')?.focus();
  }, [timing.status]);

  if (timing.status === 'ready') {
    return (
      <span class="run-clock-controls" ref={controls}>
        <Button
          variant="primary"
          class="btn-large"
          isBusy={isSaving}
          onClick={() => {
            unlockAudio();
            isStarting.current = document.activeElement !== document.body;
            act('start', startRun)();
          }}
        >
          Start the workshop
        </Button>
      </span>
    );
  }
  const resume = () => {
    unlockAudio();
    act('resume', resumeRun)();
  };
  return (
    <span class="run-clock-controls" ref={controls}>
      {timing.status === 'paused' ? (
        <Button variant="primary" class="btn-large" onClick={resume}>
          Resume
        </Button>
      ) : (
        <Button variant="large" data-pause onClick={act('pause', pauseRun)}>
          Pause
        </Button>
      )}
      <CarePause
        isCarePaused={timing.pauseKind === 'care'}
        onPause={act('pause for care', pauseForCare)}
        onResume={resume}
      />
      <button
        type="button"
        class={next.class}
        disabled={nextPhaseIndex(timing) === -1}
        onClick={act('next phase', nextPhase)}
      >
        {next.label}
      </button>
    </span>
  );
}
