// The figures a running workshop shows, as signals. The run's view is recomputed on every
// tick, but each figure below is a plain value (whole seconds left, minutes late, the cue),
// so what depends on it is recomputed, and redrawn, only when it changes: the time left
// once a second, the rest rarely (R-5.2 without redrawing the screen twice a second).
import { computed, type ReadonlySignal } from '@preact/signals';
import { formatClockTime, formatDuration } from '../../domain/dates';
import { cueFor, formatCountdown, type RunView } from '../../domain/run-timer';

const MINUTE_MS = 60_000;

export type RunFigures = ReturnType<typeof createRunFigures>;

export function createRunFigures(view: ReadonlySignal<RunView>) {
  const status = computed(() => view.value.status);
  // Whole seconds, rounded as the countdown rounds them: "0:00" only at zero.
  const secondsLeft = computed(() => Math.ceil(view.value.timeLeftMs / 1000 - 1e-9));
  const isOver = computed(() => secondsLeft.value <= 0);
  const cue = computed(() => cueFor(view.value));
  const lateMinutes = computed(() => Math.round(view.value.overrunMs / MINUTE_MS));
  const projectedMinute = computed(() => Math.floor(view.value.projectedFinishAt / MINUTE_MS));
  const plannedMinute = computed(() => Math.floor(view.value.plannedFinishAt / MINUTE_MS));
  const isLive = computed(() => status.value === 'running' || status.value === 'paused');
  const pace = computed(() => {
    if (status.value === 'ready') return '';
    const minutes = lateMinutes.value;
    if (minutes > 0) return ` (${formatDuration(minutes)} late)`;
    if (minutes < 0) return ` (${formatDuration(-minutes)} early)`;
    return '';
  });
  return {
    status,
    secondsLeft,
    isOver,
    cue,
    lateMinutes,
    /** "12:05", or "1:28 over" once a live phase has run over. */
    timeLeft: computed(() => {
      const text = formatCountdown(secondsLeft.value * 1000);
      return isOver.value && isLive.value ? `${text} over` : text;
    }),
    /** "13:10 (10 min late)". */
    projected: computed(() => `${formatClockTime(projectedMinute.value * MINUTE_MS)}${pace.value}`),
    planned: computed(() => formatClockTime(plannedMinute.value * MINUTE_MS)),
    /** To a thousandth: a bar a thousand pixels wide moves no finer. */
    progress: computed(() => Math.round(view.value.progress * 1000) / 1000),
    cueClass: computed(() => `cue-${cue.value}`),
    phaseId: computed(() => view.value.current?.id ?? ''),
    phaseTitle: computed(() => view.value.current?.title ?? ''),
  };
}
