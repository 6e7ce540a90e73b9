import { useEffect, useRef, useState } from 'preact/hooks';

/** How long the press must be held: long enough that no tap or brush of a hand ends it. */
const HOLD_MS = 2_000;

type Hint = 'none' | 'holding' | 'too-short';

/**
 * Gives the tablet back to the facilitator, only after a press held for two seconds: by
 * touch, mouse, or Enter or Space held down. A tap or click never does it; it says how.
 * The fill shows how far the hold has got.
 */
export function HoldToHandBack({ onHandBack }: { onHandBack: () => void }) {
  const [hint, setHint] = useState<Hint>('none');
  const [progress, setProgress] = useState(0);
  const hold = useRef<{ timer: number; frame: number } | null>(null);
  const latest = useRef(onHandBack);
  latest.current = onHandBack;

  function stopTimers() {
    if (!hold.current) return false;
    clearTimeout(hold.current.timer);
    cancelAnimationFrame(hold.current.frame);
    hold.current = null;
    return true;
  }

  function begin() {
    if (hold.current) return;
    const startedAt = performance.now();
    const draw = () => {
      setProgress(Math.min(1, (performance.now() - startedAt) / HOLD_MS));
      if (hold.current) hold.current.frame = requestAnimationFrame(draw);
    };
    hold.current = {
      timer: window.setTimeout(() => {
        stopTimers();
        setProgress(1);
        latest.current();
      }, HOLD_MS),
      frame: requestAnimationFrame(draw),
    };
    setHint('holding');
  }

  function cancel() {
    if (!stopTimers()) return;
    setProgress(0);
    setHint('too-short');
  }

  useEffect(() => () => void stopTimers(), []);

  const isHoldKey = (key: string) => key === 'Enter' || key === ' ';
  return (
    <div class="hold-hand-back">
      <button
        type="button"
        class={`btn hold-button ${hint === 'holding' ? 'is-holding' : ''}`}
        aria-describedby="hold-hint"
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          event.currentTarget.setPointerCapture?.(event.pointerId);
          begin();
        }}
        onPointerUp={cancel}
        onPointerCancel={cancel}
        onKeyDown={(event) => {
          if (!isHoldKey(event.key)) return;
          event.preventDefault();
          if (!event.repeat) begin();
        }}
        onKeyUp={(event) => {
          if (!isHoldKey(event.key)) return;
          event.preventDefault();
          cancel();
        }}
        onBlur={cancel}
        // A long press on a touch screen would otherwise open the browser's own menu.
        onContextMenu={(event) => event.preventDefault()}
      >
        <span class="hold-fill" style={{ transform: `scaleX(${progress})` }} aria-hidden="true" />
        <span class="hold-label">Facilitator: hold to take the tablet back</span>
      </button>
      <p id="hold-hint" class="hold-hint" role="status">
        {hint === 'holding'
          ? 'Keep holding…'
          : hint === 'too-short'
            ? 'Press and keep holding for 2 seconds to hand the tablet back.'
            : ''}
      </p>
    </div>
  );
}
