import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
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
}

interface StartProps extends Props {
  /** The button that passes it round (each one is named for what it hands over). */
  label: string;
  /** What the facilitator is told before handing the tablet over. */
  explanation: string;
}

const startId = (kind: string, phase: RunPhase) => `pass-round-${kind}-${phase.id}`;

/**
 * The top of a form that can be passed round. While it is, that form is the whole screen
 * (the rest of the app is hidden from sight, touch, keyboard and screen readers) and this
 * is the control that gives the facilitator's screen back: only a press held for two
 * seconds. The state is in the run record, so a reload keeps the tablet passed round. The
 * clock runs on behind it.
 */
export function PassRoundHandBack({ kind, record, phase, onChange }: Props) {
  const isOn = isPassedRound(record, kind, phase);
  const wasOn = useRef(isOn);

  // Focus follows the change: the form's first field for the next person, and the button
  // that passes it round again when the facilitator takes the tablet back.
  useEffect(() => {
    if (wasOn.current === isOn) return;
    wasOn.current = isOn;
    const target = isOn
      ? document.querySelector<HTMLElement>('.pass-round :is(textarea, input)')
      : document.getElementById(startId(kind, phase));
    target?.focus();
  }, [isOn, kind, phase]);

  if (!isOn) return null;
  return (
    <HoldToHandBack
      onHandBack={() => void onChange(() => ({ passRound: null }), 'hand the tablet back')}
    />
  );
}

/** The button that passes the tablet round, with a word on what the person will see. */
export function PassRoundStart(props: StartProps) {
  const { kind, record, phase, onChange, label, explanation } = props;
  if (isPassedRound(record, kind, phase)) return null;
  const hintId = `${startId(kind, phase)}-hint`;
  return (
    <div class="row pass-round-start">
      <button
        id={startId(kind, phase)}
        type="button"
        class="btn"
        aria-describedby={hintId}
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
      <span id={hintId} class="muted">
        {explanation}
      </span>
    </div>
  );
}

/**
 * While the tablet is passed round, only the form passed round shows: the app's header,
 * navigation, notices and every facilitator control are hidden (the screen stays blank
 * until that form is there, after a reload), and moving to another address (the browser's
 * Back) comes straight back here. Not in a tab that only watches another tab's run.
 */
export function usePassRoundScreen(record: RunRecord, isControlling: boolean) {
  const { router } = useAppState();
  const isOn = Boolean(record.passRound) && isControlling && record.status !== 'finished';
  const runId = record.id;
  // Before paint, and before any effect below moves focus into (or out of) the form.
  useLayoutEffect(() => {
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
