import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

interface Props {
  label: string;
  heldOn: string;
  isOpen: boolean;
  onDelete: () => void;
  onKeep: () => void;
}

/** Deleting a workshop that was held: said plainly, with keeping it the easy way out. */
export function ConfirmDeleteHeld({ label, heldOn, isOpen, onDelete, onKeep }: Props) {
  return (
    <Dialog title="Delete a workshop that was held?" isOpen={isOpen} onClose={onKeep}>
      <div class="stack">
        <p>
          {label} was held on {heldOn}. Deleting it takes its plan and its incidents off the series;
          its session record stays in Run.
        </p>
        <div class="row">
          <Button onClick={onKeep}>Keep it</Button>
          <Button variant="danger" onClick={onDelete}>
            Delete the held workshop
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
