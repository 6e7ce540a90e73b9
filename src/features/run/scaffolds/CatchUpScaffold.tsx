import { computed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { systemClock } from '../../../domain/clock';
import { formatCountdown, phaseLengthMs } from '../../../domain/run-timer';
import type { MemberId } from '../../../domain/types';
import type { ScaffoldProps } from '../PhaseScaffolds';
import { useRunNow } from '../use-now';
import { Agreements } from './Agreements';
import { SinceLastTime } from './SinceLastTime';
import { useOptimistic } from '../use-optimistic';
import { Button } from '../../../ui/Button';

/**
 * Catch-up: the ground rules and confidentiality agreement (shown at the first workshop of
 * a series, and on request), attendance, and a check-in round of those present with an
 * optional equal timebox each.
 */
export function CatchUpScaffold({ record, phase, context, onChange }: ScaffoldProps) {
  const isFirst = !context.workshop || context.workshop.position === 0;
  const members = context.members;
  const [attendance, setAttendance] = useOptimistic(record.attendance);
  const present = members.filter((m) => attendance.includes(m.id));
  const timeboxKey = `${phase.id}:timebox`;
  const [hasTimebox, setTimebox] = useOptimistic(record.steps[timeboxKey] === 1);
  const round = record.checkIn;
  const speaker = round ? present[round.speaker] : undefined;
  const next = round ? present[round.speaker + 1] : present[0];
  const eachMs = present.length > 0 ? phaseLengthMs(phase) / present.length : 0;
  // Only the speaker's countdown reads the ticking clock: it alone is redrawn as time goes.
  const now = useRunNow();
  const since = round?.since;
  const name = speaker?.displayName;
  const speakerTime = useMemo(
    () =>
      computed(() => {
        const left = eachMs - (now.value - (since ?? now.value));
        return left > 0 ? `${formatCountdown(left)} left for ${name}` : `${name}’s time is up`;
      }),
    [eachMs, now, since, name],
  );

  function toggleAttendance(id: MemberId, isPresent: boolean) {
    setAttendance(isPresent ? [...attendance, id] : attendance.filter((m) => m !== id));
    void onChange(
      (run) => ({
        attendance: isPresent
          ? [...new Set([...run.attendance, id])]
          : run.attendance.filter((m) => m !== id),
      }),
      'save the attendance',
    );
  }

  const nextSpeaker = () =>
    void onChange((run) => ({
      checkIn: { speaker: run.checkIn ? run.checkIn.speaker + 1 : 0, since: systemClock.now() },
    }));

  return (
    <>
      <SinceLastTime record={record} context={context} />
      <Agreements id={`rules-${phase.id}`} group={context.group} isShownAtFirst={isFirst} />
      <section class="card stack" aria-labelledby={`attendance-${phase.id}`}>
        <h2 id={`attendance-${phase.id}`}>Who is here</h2>
        {members.length === 0 ? (
          <p class="muted">No members are listed for this workshop.</p>
        ) : (
          <ul class="run-attendance">
            {members.map((member) => (
              <li key={member.id}>
                <label class="run-check">
                  <input
                    type="checkbox"
                    checked={attendance.includes(member.id)}
                    onChange={(e) => toggleAttendance(member.id, e.currentTarget.checked)}
                  />
                  {member.displayName}
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>
      {present.length > 0 && (
        <section class="card stack" aria-labelledby={`checkin-${phase.id}`}>
          <h2 id={`checkin-${phase.id}`}>Check-in round</h2>
          <label class="run-check">
            <input
              type="checkbox"
              checked={hasTimebox}
              onChange={(e) => {
                const value = e.currentTarget.checked ? 1 : 0;
                setTimebox(value === 1);
                void onChange((run) => ({ steps: { ...run.steps, [timeboxKey]: value } }));
              }}
            />
            Equal time each ({formatCountdown(eachMs)})
          </label>
          {speaker && round ? (
            <div class="run-speaker" aria-live="polite">
              <p class="run-prompt">Speaking: {speaker.displayName}</p>
              {hasTimebox && <p>{speakerTime}</p>}
              <p class="muted">{next ? `Next: ${next.displayName}` : 'Last to speak'}</p>
            </div>
          ) : (
            <p class="muted">
              {round
                ? 'Everyone has checked in.'
                : `${present.length} present. First: ${present[0]!.displayName}.`}
            </p>
          )}
          <div class="row">
            {(!round || speaker) && (
              <Button variant="primary" onClick={nextSpeaker}>
                {round ? (next ? 'Next speaker' : 'End the round') : 'Start the check-in round'}
              </Button>
            )}
            {round && (
              <Button onClick={() => void onChange(() => ({ checkIn: null }))}>
                Start the round again
              </Button>
            )}
          </div>
        </section>
      )}
    </>
  );
}
