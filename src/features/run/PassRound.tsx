import { useEffect, useRef } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { systemClock } from '../../domain/clock';
import type { PassRound, RunPhase, RunRecord } from '../../domain/types';
import { HoldToHandBack } from './HoldToHandBack';
import type { RunChange } from './run-data';

type SaveRun = (apply: RunChange, doing?: string) => Promise<RunRecord | undefined>;

/** True while this phase's questionnaire (or notes) is being passed round. */
export function isPassedRound(record: RunRecord, kind: PassRound['kind'], phase: RunPhase) {
  return record.passRound?.kind === kind && record.passRound.phaseId === phase.id;
}

/** The class of a form that can be passed round: full screen, alone, while it is. */
export function passRoundClass(isOn: boolean): string {
  return isOn ? 'pass-round' : '';
}

interface Props {
  kind: PassRound['kind'];
  record: RunRecord;
  phase: RunPhase;
  onChange: SaveRun;
  /** The button that passes it round (each one is named for what it hands over). */
  label: string;
  /** What the facilitator is told before handing the tablet over. */
  explanation: string;
}

/**
 * The control that hands the tablet round, and takes it back. It sits in the form being
 * passed round; while it is on, that form is the whole screen (the rest of the app is
 * hidden from sight, touch, keyboard and screen readers) and only a press held for two
 * seconds gives the facilitator's screen back. The state is in the run record, so a reload
 * keeps the tablet passed round. The clock runs on behind it.
 */
export function PassRoundControl({ kind, record, phase, onChange, label, explanation }: Props) {
  const isOn = isPassedRound(record, kind, phase);
  useWholeScreen(isOn, record.id);
  const start = useRef<HTMLButtonElement>(null);
  const wasOn = useRef(isOn);

  // Focus follows the change: the form's first field for the next person, and the pass
  // round button again when the facilitator takes the tablet back.
  useEffect(() => {
    if (wasOn.current === isOn) return;
    wasOn.current = isOn;
    if (isOn) {
      document.querySelector<HTMLElement>('.pass-round :is(textarea, input)')?.focus();
    } else start.current?.focus();
  }, [isOn]);

  if (isOn) {
    return (
      <HoldToHandBack
        onHandBack={() => void onChange(() => ({ passRound: null }), 'hand the tablet back')}
      />
    );
  }
  return (
    <div class="stack pass-round-start">
      <p class="muted">{explanation}</p>
      <p>
        <button
          ref={start}
          type="button"
          class="btn"
          onClick={() => {
            const now = systemClock.now();
            void onChange(
              () => ({ passRound: { kind, phaseId: phase.id, since: now } }),
              'pass the tablet round',
            );
          }}
        >
          {label}
        </button>
      </p>
    </div>
  );
}

/**
 * While on, only the form passed round shows: the app's header, navigation, notices and
 * every facilitator control are hidden, and moving to another address (the browser's Back)
 * comes straight back here.
 */
function useWholeScreen(isOn: boolean, runId: string) {
  const { router } = useAppState();
  useEffect(() => {
    if (!isOn) return undefined;
    const root = document.documentElement;
    root.classList.add('is-passing-round');
    const stayHere = () => {
      const route = router.route.value;
      if (route.section !== 'run' || route.params[0] !== 'live' || route.params[1] !== runId) {
        router.replace('run', 'live', runId);
      }
    };
    addEventListener('hashchange', stayHere);
    return () => {
      removeEventListener('hashchange', stayHere);
      root.classList.remove('is-passing-round');
    };
  }, [isOn, runId, router]);
}
