import { useState } from 'preact/hooks';
import { hrefFor } from '../../app/router';
import { systemClock } from '../../domain/clock';
import {
  extendPhase,
  finishRun,
  nextPhase,
  nextPhaseIndex,
  pauseForCare,
  pauseRun,
  previousPhase,
  previousPhaseIndex,
  resumeRun,
  startRun,
  type RunView,
} from '../../domain/run-timer';
import type { RunTiming } from '../../domain/types';
import { CarePause } from './CarePause';
import { ChangePlan } from './ChangePlan';
import { FinishCheck } from './FinishCheck';
import { playTone, unlockAudio } from './cues';
import { Rebalance } from './Rebalance';
import { useOptimistic } from './use-optimistic';
import type { WakeLockState } from './use-wake-lock';
import { type RunChange } from './run-data';
import { Button } from '../../ui/Button';

interface Props {
  view: RunView;
  timing: RunTiming;
  isSaving: boolean;
  isSoundOn: boolean;
  onSound: (isOn: boolean) => void;
  onChange: (apply: RunChange) => void;
  onFinish: (apply: RunChange) => void;
  wakeLock: WakeLockState;
}

const LATE_ENOUGH_TO_REBALANCE_MS = 60_000;

/** The facilitator's controls: big, labelled, every one reachable by keyboard. */
export function RunControls(props: Props) {
  const { view, timing, onChange } = props;
  const [keptPlan, setKeptPlan] = useState(false);
  // Every control can be undone once: the timing before it comes back as it was.
  const [undo, setUndo] = useState<{ label: string; timing: RunTiming } | null>(null);
  const act = (label: string, step: (t: RunTiming, now: number) => RunTiming) => () => {
    // The moment of the tap is the moment that counts, however long the save takes.
    const now = systemClock.now();
    setUndo({ label, timing });
    onChange((run) => ({ timing: step(run.timing, now) }));
  };
  const apply = (label: string, step: (t: RunTiming, now: number) => RunTiming) =>
    act(label, step)();
  const isLast = nextPhaseIndex(timing) === -1;
  const isLate = view.overrunMs >= LATE_ENOUGH_TO_REBALANCE_MS;

  if (view.status === 'ready') {
    return (
      <section class="card stack run-controls" aria-label="Controls">
        <div class="row">
          <Button
            variant="primary"
            class="btn-large"
            disabled={props.isSaving}
            onClick={() => {
              unlockAudio();
              act('start', startRun)();
            }}
          >
            Start the workshop
          </Button>
        </div>
        <CueSettings {...props} />
      </section>
    );
  }

  return (
    <section class="card stack run-controls no-print" aria-label="Controls">
      <div class="row">
        {view.status === 'paused' ? (
          <Button
            variant="primary"
            class="btn-large"
            onClick={() => {
              unlockAudio();
              act('resume', resumeRun)();
            }}
          >
            Resume
          </Button>
        ) : (
          <Button variant="large" onClick={act('pause', pauseRun)}>
            Pause
          </Button>
        )}
        <CarePause
          isCarePaused={timing.pauseKind === 'care'}
          onPause={act('pause for care', pauseForCare)}
          onResume={() => {
            unlockAudio();
            act('resume', resumeRun)();
          }}
        />
        <Button
          variant="large"
          disabled={previousPhaseIndex(timing) === -1}
          onClick={act('previous phase', previousPhase)}
        >
          Previous phase
        </Button>
        <button
          type="button"
          class={`btn btn-large ${view.timeLeftMs <= 0 ? 'btn-primary' : ''}`}
          disabled={isLast}
          onClick={act('next phase', nextPhase)}
        >
          {view.timeLeftMs > 0 ? 'End phase now, go to next' : 'Next phase'}
        </button>
      </div>
      <div class="row">
        <Button onClick={act('+1 min', (t) => extendPhase(t, 1))}>+1 min</Button>
        <Button onClick={act('+5 min', (t) => extendPhase(t, 5))}>+5 min</Button>
        {undo && (
          <Button
            onClick={() => {
              const before = undo.timing;
              setUndo(null);
              onChange(() => ({ timing: before }));
            }}
          >
            Undo {undo.label}
          </Button>
        )}
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
      {isLate && !keptPlan && (
        <Rebalance
          timing={timing}
          overrunMs={view.overrunMs}
          onApply={apply}
          onKeepPlan={() => setKeptPlan(true)}
        />
      )}
      <ChangePlan timing={timing} onApply={apply} />
      <CueSettings {...props} />
    </section>
  );
}

function CueSettings({ isSoundOn: stored, onSound, wakeLock }: Props) {
  const [isSoundOn, setSoundOn] = useOptimistic(stored);
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
