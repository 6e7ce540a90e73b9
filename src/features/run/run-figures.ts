// The figures a running workshop shows, as signals. The run's view is recomputed on every
// tick, but the figures come from plain values (whole seconds left, minutes late, the cue),
// so what depends on them is recomputed, and redrawn, only when they change: the time left
// once a second, the rest rarely (R-5.2 without redrawing the screen twice a second).
import { computed, type ReadonlySignal } from '@preact/signals';
import { formatClockTime, formatDuration } from '../../ui/dates';
import { cueFor, formatCountdown, type RunView } from '../../domain/run-timer';

const MINUTE_MS = 60_000;

export type RunFigures = ReturnType<typeof createRunFigures>;

/** Every plain value the figures are made from, as of the last tick. */
interface Snapshot {
  status: RunView['status'];
  secondsLeft: number;
  cue: ReturnType<typeof cueFor>;
  lateMinutes: number;
  projectedMinute: number;
  plannedMinute: number;
  progress: number;
  phaseId: string;
  phaseTitle: string;
  timeZone: string;
}

function isSame(a: Snapshot, b: Snapshot): boolean {
  return (Object.keys(a) as (keyof Snapshot)[]).every((key) => a[key] === b[key]);
}

export function createRunFigures(view: ReadonlySignal<RunView>) {
  // One snapshot a tick, the same object while nothing in it changed: every other tick (and
  // every tick while paused) ends here, with nothing downstream recomputed.
  let last: Snapshot | undefined;
  const snapshot = computed(() => {
    const v = view.value;
    const next: Snapshot = {
      status: v.status,
      // Whole seconds, rounded as the countdown rounds them: "0:00" only at zero.
      secondsLeft: Math.ceil(v.timeLeftMs / 1000 - 1e-9),
      cue: cueFor(v),
      lateMinutes: Math.round(v.overrunMs / MINUTE_MS),
      projectedMinute: Math.floor(v.projectedFinishAt / MINUTE_MS),
      plannedMinute: Math.floor(v.plannedFinishAt / MINUTE_MS),
      // To a thousandth: a bar a thousand pixels wide moves no finer.
      progress: Math.round(v.progress * 1000) / 1000,
      phaseId: v.current?.id ?? '',
      phaseTitle: v.current?.title ?? '',
      timeZone: v.timeZone,
    };
    if (last && isSame(last, next)) return last;
    return (last = next);
  });
  const status = computed(() => snapshot.value.status);
  const secondsLeft = computed(() => snapshot.value.secondsLeft);
  const isOver = computed(() => secondsLeft.value <= 0);
  const cue = computed(() => snapshot.value.cue);
  const lateMinutes = computed(() => snapshot.value.lateMinutes);
  const projectedMinute = computed(() => snapshot.value.projectedMinute);
  const plannedMinute = computed(() => snapshot.value.plannedMinute);
  const timeZone = computed(() => snapshot.value.timeZone);
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
    projected: computed(
      () => `${formatClockTime(projectedMinute.value * MINUTE_MS, timeZone.value)}${pace.value}`,
    ),
    planned: computed(() => formatClockTime(plannedMinute.value * MINUTE_MS, timeZone.value)),
    progress: computed(() => snapshot.value.progress),
    cueClass: computed(() => `cue-${cue.value}`),
    phaseId: computed(() => snapshot.value.phaseId),
    phaseTitle: computed(() => snapshot.value.phaseTitle),
  };
}
