import { computed } from '@preact/signals';
import { useMemo, useState } from 'preact/hooks';
import { hrefFor } from '../../app/router';
import { systemClock } from '../../domain/clock';
import { isQuietPhase, withQuiet } from '../../domain/room-view';
import { extendPhase, finishRun, previousPhase, previousPhaseIndex } from '../../domain/run-timer';
import type { EpochMs, RunRecord, RunTiming } from '../../domain/types';
import { ChangePlan } from './ChangePlan';
import { playTone, unlockAudio } from './cues';
import { FinishCheck } from './FinishCheck';
import { Rebalance } from './Rebalance';
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
  const [keptPlan, setKeptPlan] = useState(false);
  // Read as a signal: this part redraws when the run turns late, not on every tick.
  const isLate = useMemo(
    () => computed(() => figures.lateMinutes.value >= LATE_ENOUGH_TO_REBALANCE_MINUTES),
    [figures],
  );
  const apply = (label: string, step: (t: RunTiming, now: EpochMs) => RunTiming) =>
    act(label, step)();

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
        <Button
          disabled={previousPhaseIndex(timing) === -1}
          onClick={act('previous phase', previousPhase)}
        >
          Previous phase
        </Button>
        <Button onClick={act('+1 min', (t) => extendPhase(t, 1))}>+1 min</Button>
        <Button onClick={act('+5 min', (t) => extendPhase(t, 5))}>+5 min</Button>
        {actions.undoLabel && <Button onClick={actions.undo}>Undo {actions.undoLabel}</Button>}
        <FinishCheck
          onFinish={() => {
            const now = systemClock.now();
            // Answers someone typed but never put away go with the choice to finish, and
            // a finished workshop is never left passed round.
            props.onFinish((run) => ({
              timing: finishRun(run.timing, now),
              questionnaireDraft: {},
              passRound: null,
            }));
          }}
        />
      </div>
      {isLate.value && !keptPlan && (
        <Rebalance
          timing={timing}
          overrunMs={figures.lateMinutes.value * 60_000}
          onApply={apply}
          onKeepPlan={() => setKeptPlan(true)}
        />
      )}
      <ChangePlan timing={timing} onApply={apply} />
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
