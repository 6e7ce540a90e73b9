import { useEffect, useState } from 'preact/hooks';
import { formatCountdown, viewRun } from '../../domain/run-timer';
import { followRoom, roomMessageOf, type RoomMessage } from './room-channel';
import { useNow } from './use-now';
import './run.css';
import { findLiveRun } from './run-data';

/**
 * The room display, for a TV or projector: the phase, its time left and what comes next,
 * in type readable across a room. No controls, nothing private. It follows the run screen
 * through a BroadcastChannel, and on opening (or a reload) reads the running workshop
 * from this device's storage, so it recovers by itself.
 */
export default function RoomDisplay() {
  const [message, setMessage] = useState<RoomMessage | null>(null);
  const [isLoaded, setLoaded] = useState(false);
  const now = useNow();

  useEffect(() => {
    let isActive = true;
    let heard = false;
    const stop = followRoom((next) => {
      heard = true;
      setMessage(next);
      setLoaded(true);
    });
    findLiveRun().then(
      (run) => {
        if (!isActive) return;
        if (run && !heard) setMessage(roomMessageOf(run));
        setLoaded(true);
      },
      () => isActive && setLoaded(true),
    );
    return () => {
      isActive = false;
      stop();
    };
  }, []);

  useEffect(() => {
    document.title = 'Room display · Breathing Space';
  }, []);

  if (!isLoaded) return <p class="room loading">Loading…</p>;
  if (!message || message.timing.status === 'finished') {
    return (
      <div class="room">
        <h1 class="room-phase">
          {message ? 'The workshop has ended' : 'Waiting for the workshop'}
        </h1>
        <p class="room-next">Thank you.</p>
      </div>
    );
  }
  const view = viewRun(message.timing, now);
  const isOver = view.timeLeftMs <= 0 && view.status !== 'ready';
  const isLong = Math.abs(view.timeLeftMs) > 3_600_000 || isOver;
  return (
    <div class={`room ${isOver ? 'is-over' : ''}`}>
      <p class="room-title">{message.title}</p>
      <h1 class="room-phase">{view.current?.title}</h1>
      <p
        class={`room-time ${isLong ? 'is-long' : ''}`}
        role="timer"
        aria-label="Time left in this phase"
      >
        {view.status === 'ready'
          ? 'Starting soon'
          : isOver
            ? `${formatCountdown(view.timeLeftMs)} over`
            : formatCountdown(view.timeLeftMs)}
      </p>
      {view.status === 'paused' && <p class="room-next">Paused</p>}
      <progress
        class="room-progress"
        max={1}
        value={view.progress}
        aria-label="Progress through the workshop"
      />
      <p class="room-next">
        {view.next ? `Next: ${view.next.title}` : 'Last part of the workshop'}
      </p>
    </div>
  );
}
