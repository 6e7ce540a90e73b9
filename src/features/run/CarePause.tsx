import { useEffect, useState } from 'preact/hooks';
import type { RunRecord } from '../../domain/types';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

interface Props {
  isCarePaused: boolean;
  onPause: () => void;
  onResume: () => void;
}

/**
 * What a facilitator needs when a presenter becomes distressed: "Pause for care" stops the
 * clock (its time never counts as running late) and shows a short, calm script of what to
 * offer and where to turn. "Stay paused" puts the script away, and the same button brings
 * it back; Resume here or on the controls carries on as from any pause.
 */
export function CarePause({ isCarePaused, onPause, onResume }: Props) {
  const [isPutAway, setPutAway] = useState(false);
  // Each care pause shows the script afresh.
  useEffect(() => {
    if (isCarePaused) setPutAway(false);
  }, [isCarePaused]);

  return (
    <>
      <Button variant="large" onClick={isCarePaused ? () => setPutAway(false) : onPause}>
        {isCarePaused ? 'Show the care script' : 'Pause for care'}
      </Button>
      <Dialog
        title="Paused for care"
        isOpen={isCarePaused && !isPutAway}
        onClose={() => setPutAway(true)}
      >
        <div class="stack care-script">
          <p class="muted">
            The clock has stopped. This pause does not count against the finish time.
          </p>
          <ul class="care-steps">
            <li>
              <strong>Offer a break</strong>, to the presenter and the group: a few quiet minutes or
              a cup of tea.
            </li>
            <li>
              <strong>It is the presenter’s choice</strong> whether to go on or to stop here. Either
              is fine, and nobody needs to explain.
            </li>
            <li>
              <strong>Check in with them afterwards</strong>, before they leave today.
            </li>
            <li>
              <strong>Where to turn:</strong> their supervision, the employer’s employee assistance
              programme, or their GP.
            </li>
            <li>
              This group is for learning from practice. <strong>It is not therapy</strong>, and not
              case supervision.
            </li>
          </ul>
          <div class="row">
            <Button variant="primary" onClick={onResume}>
              Resume the workshop
            </Button>
            <Button onClick={() => setPutAway(true)}>Stay paused</Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}

/** The session record's one line on care pauses: that there were some, and how many. */
export function CarePauseNote({ record }: { record: RunRecord }) {
  const count = record.timing.carePauseCount ?? 0;
  if (count === 0) return null;
  return (
    <p>
      The workshop was paused for care{' '}
      {count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`}.
    </p>
  );
}
