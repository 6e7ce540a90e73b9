import type { CardAction } from '../../domain/action-cards';
import { formatDate, PROGRESS_LABELS } from './card-labels';

/** What earlier follow-ups of an action said, newest first: read only. */
export function FollowUpHistory({ action }: { action: CardAction }) {
  if (action.followUps.length === 0) return null;
  const newestFirst = [...action.followUps].reverse();
  return (
    <details class="follow-up-history">
      <summary>
        Follow-ups ({action.followUps.length}): {PROGRESS_LABELS[newestFirst[0]!.progress]}
      </summary>
      <ul class="plain-list stack">
        {newestFirst.map((followUp) => (
          <li key={followUp.on}>
            <strong>
              {formatDate(followUp.on)}: {PROGRESS_LABELS[followUp.progress]}
            </strong>
            {followUp.helped.trim() && (
              <p class="pre-wrap">
                <span class="muted">Helped: </span>
                {followUp.helped}
              </p>
            )}
            {followUp.hindered.trim() && (
              <p class="pre-wrap">
                <span class="muted">Hindered: </span>
                {followUp.hindered}
              </p>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
