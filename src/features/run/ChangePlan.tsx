import { useState } from 'preact/hooks';
import {
  addPhase,
  isUpcoming,
  moveUpcomingPhase,
  skipPhase,
  swapWithNext,
  unskipPhase,
} from '../../domain/run-plan-changes';
import { nextPhaseIndex, phaseLengthMs } from '../../domain/run-timer';
import type { EpochMs, RunTiming } from '../../domain/types';
import { Button } from '../../ui/Button';
import { IdentifyingDetailsWarning } from '../../ui/IdentifyingDetailsWarning';
import { useIdentifyingDetails } from '../../ui/use-identifying-details';

type Apply = (label: string, step: (timing: RunTiming, now: EpochMs) => RunTiming) => void;

/**
 * Changing the plan on the day: skip a phase still to come, change the order of what is
 * left, take the next phase now, or add one nobody planned. Each change can be undone once,
 * like every other control; what has already happened never changes.
 */
export function ChangePlan({ timing, onApply }: { timing: RunTiming; onApply: Apply }) {
  const [isOpen, setOpen] = useState(false);
  if (!isOpen) {
    return (
      <Button aria-expanded="false" onClick={() => setOpen(true)}>
        Change the plan
      </Button>
    );
  }
  const next = timing.phases[nextPhaseIndex(timing)];
  const upcoming = timing.phases
    .map((phase, index) => ({ phase, index }))
    .filter(({ index }) => isUpcoming(timing, index));
  return (
    <section class="run-plan-change stack" aria-labelledby="plan-change-heading">
      <div class="row run-section-head">
        <h2 id="plan-change-heading">Change the plan</h2>
        <Button aria-expanded="true" onClick={() => setOpen(false)}>
          Close
        </Button>
      </div>
      {next && isUpcoming(timing, nextPhaseIndex(timing)) && (
        <p>
          <Button onClick={() => onApply('swap', swapWithNext)}>
            Take {next.title} now, {timing.phases[timing.currentIndex]?.title} after it
          </Button>
        </p>
      )}
      {upcoming.length > 0 && (
        <ol class="run-plan-list" aria-label="Still to come">
          {upcoming.map(({ phase, index }, position) => (
            <li key={phase.id}>
              <span class="run-list-what">
                {phase.title}{' '}
                <span class="muted">
                  {phase.isSkipped
                    ? '(skipped)'
                    : `${Math.round(phaseLengthMs(phase) / 60_000)} min`}
                </span>
              </span>
              <span class="row">
                <Button
                  aria-label={`Move earlier: ${phase.title}`}
                  disabled={position === 0}
                  onClick={() => onApply('move', (t) => moveUpcomingPhase(t, index, index - 1))}
                >
                  Earlier
                </Button>
                <Button
                  aria-label={`Move later: ${phase.title}`}
                  disabled={position === upcoming.length - 1}
                  onClick={() => onApply('move', (t) => moveUpcomingPhase(t, index, index + 1))}
                >
                  Later
                </Button>
                {phase.isSkipped ? (
                  <Button
                    aria-label={`Bring back: ${phase.title}`}
                    onClick={() => onApply('bring back', (t) => unskipPhase(t, index))}
                  >
                    Bring back
                  </Button>
                ) : (
                  <Button
                    aria-label={`Skip: ${phase.title}`}
                    onClick={() => onApply('skip', (t) => skipPhase(t, index))}
                  >
                    Skip
                  </Button>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      <AddPhase onAdd={(phase) => onApply('add a phase', (t) => addPhase(t, phase))} />
    </section>
  );
}

/** A phase nobody planned, added after the current one: a title and its minutes. */
function AddPhase({ onAdd }: { onAdd: (phase: { title: string; minutes: number }) => void }) {
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('10');
  const [isChecked, setChecked] = useState(false);
  // Titles go into the session record, which can be shared: checked like all group text.
  const check = useIdentifyingDetails(isChecked ? title : '');
  const count = Number(minutes);
  const canAdd = title.trim() !== '' && Number.isInteger(count) && count > 0 && count <= 240;

  function add(isAccepted = false) {
    if (!isAccepted && !check.isClearText(title)) {
      setChecked(true);
      return;
    }
    onAdd({ title, minutes: count });
    setTitle('');
    setChecked(false);
  }

  return (
    <form
      class="stack"
      aria-labelledby="add-phase-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (canAdd) add();
      }}
    >
      <h3 id="add-phase-heading">Add a phase after this one</h3>
      <div class="row run-add-phase">
        <div class="field">
          <label htmlFor="add-phase-title">Title</label>
          <input
            id="add-phase-title"
            type="text"
            autocomplete="off"
            value={title}
            onInput={(event) => {
              setTitle(event.currentTarget.value);
              setChecked(false);
            }}
          />
        </div>
        <div class="field">
          <label htmlFor="add-phase-minutes">Minutes</label>
          <input
            id="add-phase-minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            value={minutes}
            onInput={(event) => setMinutes(event.currentTarget.value)}
          />
        </div>
        <Button type="submit" disabled={!canAdd}>
          Add the phase
        </Button>
      </div>
      {isChecked && !check.isClear && (
        <IdentifyingDetailsWarning
          text={title}
          details={check.details}
          onEdit={() => document.getElementById('add-phase-title')?.focus()}
          onSaveAnyway={() => {
            check.acceptAll();
            add(true);
          }}
        />
      )}
    </form>
  );
}
