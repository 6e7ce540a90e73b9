import { useState } from 'preact/hooks';
import { systemClock } from '../../domain/clock';
import { formatDuration } from '../../ui/dates';
import { defaultGivers, rebalanceRun, remainingPhases } from '../../domain/rebalance';
import type { EpochMs, RunTiming } from '../../domain/types';
import { Button } from '../../ui/Button';

type Apply = (label: string, step: (timing: RunTiming, now: EpochMs) => RunTiming) => void;

/**
 * A late workshop: shrink the phases the facilitator chooses, in proportion, to end on time,
 * or keep the plan. Individual reflection is left out at first: it is the time people most
 * need and a late workshop most often loses.
 */
export function Rebalance(props: {
  timing: RunTiming;
  overrunMs: number;
  onApply: Apply;
  onKeepPlan: () => void;
}) {
  const { timing, overrunMs, onApply } = props;
  const [cannotFit, setCannotFit] = useState<number | null>(null);
  // The facilitator's ticks, by phase; a phase not yet touched (one just added) follows
  // the default.
  const [choices, setChoices] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const byDefault = defaultGivers(timing);
  const givers = new Set(
    remainingPhases(timing)
      .filter((phase) => choices.get(phase.id) ?? byDefault.has(phase.id))
      .map((phase) => phase.id),
  );

  function rebalance() {
    const { result } = rebalanceRun(timing, systemClock.now(), { givers });
    if (!result.fits) {
      setCannotFit(result.overrunMs);
      return;
    }
    setCannotFit(null);
    onApply('rebalance', (t, now) => rebalanceRun(t, now, { givers }).timing);
  }

  function toggle(id: string, isGiving: boolean) {
    setChoices(new Map(choices).set(id, isGiving));
    setCannotFit(null);
  }

  return (
    <div class="run-late stack" role="group" aria-labelledby="late-heading">
      <p id="late-heading">
        <strong>Running {formatDuration(Math.round(overrunMs / 60_000))} late.</strong> Shrink the
        phases you choose, in proportion, to end on time, or keep the plan.
      </p>
      <fieldset class="run-givers">
        <legend>Take time from</legend>
        {remainingPhases(timing).map((phase) => (
          <label key={phase.id} class="run-check">
            <input
              type="checkbox"
              checked={givers.has(phase.id)}
              onChange={(event) => toggle(phase.id, event.currentTarget.checked)}
            />
            {phase.title}
          </label>
        ))}
      </fieldset>
      <div class="row">
        <Button variant="primary" onClick={rebalance}>
          Rebalance to end on time
        </Button>
        <Button onClick={props.onKeepPlan}>Keep the plan</Button>
      </div>
      {cannotFit !== null && (
        <p role="alert">
          Even at five minutes each, the phases chosen would leave the workshop{' '}
          {formatDuration(Math.round(cannotFit / 60_000))} late, so the plan is kept. Choose more
          phases to take time from, or keep the plan.
        </p>
      )}
    </div>
  );
}
