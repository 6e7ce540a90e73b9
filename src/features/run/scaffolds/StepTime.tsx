import { computed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { stepClock } from '../../../domain/step-timing';
import type { RunPhase, StepMark } from '../../../domain/types';
import { useRunNow } from '../use-now';

interface Props {
  phase: RunPhase;
  marks: readonly StepMark[];
  step: { title: string; minutes: number };
}

/**
 * The step's own time left, in minutes, counted from when it began and paused with the
 * workshop. When
 * it is spent the figure turns calm amber and a polite announcement says so, once: no
 * sound, no alarm; the facilitator moves on when the group is ready.
 */
export function StepTime({ phase, marks, step }: Props) {
  const now = useRunNow();
  const figures = useMemo(() => {
    // Whole seconds: what depends on them is recomputed once a second, not on every tick.
    const secondsLeft = computed(() =>
      Math.ceil(stepClock(marks, step, phase, now.value).timeLeftMs / 1000 - 1e-9),
    );
    const isSpent = computed(() => secondsLeft.value <= 0);
    return {
      // In whole minutes: a step is paced by the minute, and its figure changes rarely.
      text: computed(() => stepTimeText(secondsLeft.value, step.minutes)),
      class: computed(() => `run-step-time${isSpent.value ? ' is-spent' : ''}`),
      announcement: computed(() =>
        isSpent.value ? `Time for “${step.title}” is up: move on when the group is ready.` : '',
      ),
    };
  }, [marks, step, phase, now]);
  return (
    <>
      <span class={figures.class} role="timer" aria-label="Time left in this step">
        {figures.text}
      </span>
      <span class="visually-hidden" role="status">
        {figures.announcement}
      </span>
    </>
  );
}

/** "4 min left of 14 min", "Time is up (14 min)", "2 min over its 14 min". */
function stepTimeText(secondsLeft: number, minutes: number): string {
  if (secondsLeft > 0) return `${Math.ceil(secondsLeft / 60)} min left of ${minutes} min`;
  const over = Math.floor(-secondsLeft / 60);
  return over === 0 ? `Time is up (${minutes} min)` : `${over} min over its ${minutes} min`;
}
