import { hrefFor } from '../app/router';

interface Props {
  /** What the address pointed at, e.g. "workshop". */
  what: string;
  /** The section to go back to, and its name. */
  back: { section: string; label: string };
  /** Whether a delete of it offers Undo (plan material does). */
  canUndo?: boolean;
}

/** Shown when an address points at something no longer on this device (deleted, say). */
export function Missing({ what, back, canUndo = false }: Props) {
  return (
    <div class="screen stack">
      <h1>This {what} is not here</h1>
      <p>
        It may have been deleted, here or in another tab.
        {canUndo && ' If you just deleted it, use Undo.'}
      </p>
      <p>
        <a class="btn" href={hrefFor(back.section)}>
          Back to {back.label}
        </a>
      </p>
    </div>
  );
}
