import { computed, useComputed, useSignal } from '@preact/signals';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { formatCountdown, viewRun } from '../../domain/run-timer';
import { createRunFigures } from './run-figures';
import { followRoom, roomMessageOf, type RoomMessage } from './room-channel';
import { useNow } from './use-now';
import './run.css';
import { findLiveRun, listIncidentsOfWorkshop } from './run-data';

/**
 * The room display, for a TV or projector: the phase, its time left and what comes next, and
 * in an incident the step the group is on, its rule and a cue card the facilitator chose, in
 * type readable across a room. No controls, nothing private. It follows the run screen
 * through a BroadcastChannel, and on opening (or a reload) reads the running workshop from
 * this device's storage, so it recovers by itself.
 */
export default function RoomDisplay() {
  const [message, setMessage] = useState<RoomMessage | null>(null);
  const [isLoaded, setLoaded] = useState(false);

  useEffect(() => {
    let isActive = true;
    let heard = false;
    const stop = followRoom((next) => {
      heard = true;
      setMessage(next);
      setLoaded(true);
    });
    (async () => {
      const run = await findLiveRun();
      const incidents = run?.workshopId ? await listIncidentsOfWorkshop(run.workshopId) : [];
      if (isActive && run && !heard) setMessage(roomMessageOf(run, incidents));
    })()
      .catch(() => undefined)
      .finally(() => isActive && setLoaded(true));
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
  if (message.isPassRound) {
    // The tablet is going round the room: nothing of what is typed, nor anything else.
    return (
      <div class="room">
        <h1 class="room-phase">Feedback in progress</h1>
      </div>
    );
  }
  return <RoomClock message={message} />;
}

function RoomClock({ message }: { message: RoomMessage }) {
  const now = useNow();
  const { timing, step, card, isQuiet } = message;
  const timingSignal = useSignal(timing);
  useLayoutEffect(() => {
    timingSignal.value = timing;
  }, [timingSignal, timing]);
  const view = useComputed(() => viewRun(timingSignal.value, now.value));
  const current = timing.phases[timing.currentIndex];
  const next = timing.phases[timing.currentIndex + 1];
  const figures = useMemo(() => {
    const run = createRunFigures(view);
    const isReady = computed(() => run.status.value === 'ready');
    const isOver = computed(() => !isReady.value && run.isOver.value);
    return {
      progress: run.progress,
      room: computed(
        () => `room${step ? ' has-step' : ''}${isOver.value && !isQuiet ? ' is-over' : ''}`,
      ),
      time: computed(() => {
        if (isReady.value) return 'Starting soon';
        // Quiet: a calm, small time left, and nothing once it has run out.
        if (isQuiet) return isOver.value ? '' : formatCountdown(run.secondsLeft.value * 1000);
        return run.timeLeft.value;
      }),
      timeClass: computed(() => {
        if (isQuiet) return 'room-time is-quiet';
        const isLong = Math.abs(run.secondsLeft.value) > 3_600 || isOver.value;
        return `room-time${isLong ? ' is-long' : ''}${step ? ' is-small' : ''}`;
      }),
    };
  }, [view, isQuiet, step]);

  return (
    <div class={figures.room}>
      <p class="room-title">{message.title}</p>
      <h1 class="room-phase">{current?.title}</h1>
      {step && (
        <div class="room-step">
          <h2 class="room-step-title">{step.title}</h2>
          <p class="room-rule">{step.rule}</p>
          {card && <p class="room-card">{card}</p>}
        </div>
      )}
      <p class={figures.timeClass} role="timer" aria-label="Time left in this phase">
        {figures.time}
      </p>
      {timing.status === 'paused' && <p class="room-next">Paused</p>}
      <progress
        class="room-progress"
        max={1}
        value={figures.progress}
        aria-label="Progress through the workshop"
      />
      <p class="room-next">{next ? `Next: ${next.title}` : 'Last part of the workshop'}</p>
    </div>
  );
}
