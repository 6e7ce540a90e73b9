import { Button } from './Button';

interface Props {
  /** Where the group's file is made; absent on the group's own page, where it is at hand. */
  saveHref?: string;
  onNotNow: () => void;
}

/**
 * The reminder, after a workshop, to keep a copy of the group's file somewhere other than
 * this tablet: gentle, like the journal's backup reminder, and put off with one tap.
 */
export function KeepACopyCard({ saveHref, onNotNow }: Props) {
  return (
    <div class="card notice-warning stack" role="status">
      <p>
        <strong>Keep a copy of this group.</strong> A workshop has been held since the group file
        was last saved. The plan, the incidents and the records are only on this tablet: save the
        group file somewhere safe, or send it to whoever facilitates next.
      </p>
      <div class="row">
        {saveHref && (
          <a class="btn btn-primary" href={saveHref}>
            Save the group file
          </a>
        )}
        <Button onClick={onNotNow}>Not now</Button>
      </div>
    </div>
  );
}
