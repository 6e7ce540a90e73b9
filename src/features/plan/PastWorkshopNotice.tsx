import { hrefFor } from '../../app/router';
import type { WorkshopStatus } from '../../domain/workshop-status';
import { Button } from '../../ui/Button';

interface Props {
  status: WorkshopStatus;
  /** The workshop's date, as people read it. */
  date: string;
  isEditing: boolean;
  onEdit: (isEditing: boolean) => void;
}

/**
 * Above a held or missed workshop's plan: what happened, the record if there is one, and
 * the choice to edit the plan anyway (or to stop).
 */
export function PastWorkshopNotice({ status, date, isEditing, onEdit }: Props) {
  if (status.kind !== 'held' && status.kind !== 'missed') return null;
  return (
    <section class="card stack past-notice" aria-labelledby="past-notice-heading">
      <h2 id="past-notice-heading">
        {status.kind === 'held' ? `Held on ${date}` : `Missed: ${date} passed with no run`}
      </h2>
      <p>
        {isEditing
          ? 'You are editing a past workshop: changes are saved as you make them.'
          : status.kind === 'held'
            ? 'This is the plan as it was. The record shows what happened on the day.'
            : 'This is the plan as it was. To hold it after all, edit it and give it a new date.'}
      </p>
      <div class="row">
        {status.kind === 'held' && (
          <a class="btn btn-primary" href={hrefFor('run', 'record', status.runId)}>
            Open the record
          </a>
        )}
        <Button onClick={() => onEdit(!isEditing)}>
          {isEditing ? 'Done editing' : 'Edit anyway'}
        </Button>
      </div>
    </section>
  );
}
