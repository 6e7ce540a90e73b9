import { computed } from '@preact/signals';
import { useMemo, useState } from 'preact/hooks';
import { hrefFor } from '../../app/router';
import { systemClock } from '../../domain/clock';
import { formatDuration } from '../../domain/dates';
import { rebalanceRun } from '../../domain/rebalance';
import { isQuietPhase, withQuiet } from '../../domain/room-view';
import { extendPhase, finishRun, previousPhase } from '../../domain/run-timer';
import type { RunRecord } from '../../domain/types';
import { playTone, unlockAudio } from './cues';
import type { RunFigures } from './run-figures';
import type { RunActions } from './use-run-actions';
import { useOptimistic } from './use-optimistic';
import type { WakeLockState } from './use-wake-lock';
import { type RunChange } from './run-data';
import { Button } from '../../ui/Button';

interface Props {
  record: RunRecord;
  figures: RunFigures;
  actions: RunActions;
  isSoundOn: boolean;
  onSound: (isOn: boolean) => void;
  onChange: (apply: RunChange) => void;
  onFinish: (apply: RunChange) => void;
  wakeLock: WakeLockState;
}

const LATE_ENOUGH_TO_REBALANCE_MINUTES = 1;

/**
 * The facilitator's other controls, below the step the group is on: the clock's own (start,
 * pause, next phase) are in the clock bar. Big, labelled, every one reachable by keyboard.
 */
export function RunControls(props: Props) {
  const { figures, record, actions } = props;
  const { timing } = record;
  const { act } = actions;
  const [isConfirmingFinish, setConfirmingFinish] = useState(false);
  const [cannotFit, setCannotFit] = useState<number | null>(null);
  const [keptPlan, setKeptPlan] = useState(false);
  // Read as signals: this part redraws when the run turns late, not on every tick.
  const late = useMemo(
    () => ({
      isLate: computed(() => figures.lateMinutes.value >= LATE_ENOUGH_TO_REBALANCE_MINUTES),
      text: computed(() => `Running ${formatDuration(figures.lateMinutes.value)} late.`),
    }),
    [figures],
  );

  function rebalance() {
    const { result } = rebalanceRun(timing, systemClock.now());
    if (!result.fits) {
      setCannotFit(result.overrunMs);
      return;
    }
    setCannotFit(null);
    act('rebalance', (t, now) => rebalanceRun(t, now).timing)();
  }

  if (timing.status === 'ready') {
    return (
      <section class="card stack run-controls" aria-label="Controls">
        <CueSettings {...props} />
      </section>
    );
  }

  return (
    <section class="card stack run-controls no-print" aria-label="Controls">
      <div class="row">
        <Button disabled={timing.currentIndex === 0} onClick={act('previous phase', previousPhase)}>
          Previous phase
        </Button>
        <Button onClick={act('+1 min', (t) => extendPhase(t, 1))}>+1 min</Button>
        <Button onClick={act('+5 min', (t) => extendPhase(t, 5))}>+5 min</Button>
        {actions.undoLabel && <Button onClick={actions.undo}>Undo {actions.undoLabel}</Button>}
        {isConfirmingFinish ? (
          <span class="row run-confirm" role="group" aria-label="Finish the workshop?">
            <span>Finish the workshop now?</span>
            <Button
              variant="primary"
              onClick={() => {
                const now = systemClock.now();
                props.onFinish((run) => ({ timing: finishRun(run.timing, now) }));
              }}
            >
              Yes, finish
            </Button>
            <Button onClick={() => setConfirmingFinish(false)}>Keep going</Button>
          </span>
        ) : (
          <Button onClick={() => setConfirmingFinish(true)}>Finish the workshop</Button>
        )}
      </div>
      {late.isLate.value && !keptPlan && (
        <div class="run-late" role="group" aria-labelledby="late-heading">
          <p id="late-heading">
            <strong>{late.text}</strong> Shrink the remaining phases in proportion to end on time,
            or keep the plan.
          </p>
          <div class="row">
            <Button variant="primary" onClick={rebalance}>
              Rebalance to end on time
            </Button>
            <Button onClick={() => setKeptPlan(true)}>Keep the plan</Button>
          </div>
          {cannotFit !== null && (
            <p role="alert">
              Even at five minutes a phase the workshop would end{' '}
              {formatDuration(Math.round(cannotFit / 60_000))} late, so the plan is kept.
            </p>
          )}
        </div>
      )}
      <CueSettings {...props} />
    </section>
  );
}

function CueSettings({ record, isSoundOn: stored, onSound, onChange, wakeLock }: Props) {
  const [isSoundOn, setSoundOn] = useOptimistic(stored);
  const phase = record.timing.phases[record.timing.currentIndex];
  const [isQuiet, setQuiet] = useOptimistic(phase ? isQuietPhase(record, phase) : false);
  return (
    <div class="row run-settings">
      <label class="run-check">
        <input
          type="checkbox"
          checked={isSoundOn}
          onChange={(e) => {
            setSoundOn(e.currentTarget.checked);
            onSound(e.currentTarget.checked);
          }}
        />
        Sound at two minutes left and at the end of each phase
      </label>
      <Button
        onClick={() => {
          unlockAudio();
          playTone('over');
        }}
      >
        Test sound
      </Button>
      <Button onClick={openRoomDisplay}>Open room display</Button>
      {phase && (
        <label class="run-check">
          <input
            type="checkbox"
            checked={isQuiet}
            onChange={(e) => {
              const quiet = e.currentTarget.checked;
              setQuiet(quiet);
              onChange((run) => ({ roomDisplay: withQuiet(run, phase.id, quiet) }));
            }}
          />
          Quiet room display in this phase: no overrun figure
        </label>
      )}
      <WakeLockNote state={wakeLock} />
    </div>
  );
}

function openRoomDisplay() {
  window.open(hrefFor('room'), 'breathing-space-room', 'popup');
}

function WakeLockNote({ state }: { state: WakeLockState }) {
  if (state === 'held') return <p class="muted">The screen stays on while the workshop runs.</p>;
  if (state === 'unsupported' || state === 'refused') {
    return (
      <p class="run-wake-note">
        This device may let the screen sleep. The timer stays right, but to keep it in view set the
        screen’s auto-lock to “Never” during the workshop.
      </p>
    );
  }
  return null;
}
