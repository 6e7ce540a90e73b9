import { hrefFor } from '../../app/router';

/** Shown when an address points at something no longer on this device (deleted, say). */
export function Missing({ what }: { what: string }) {
  return (
    <div class="screen stack">
      <h1>This {what} is not here</h1>
      <p>It may have been deleted, here or in another tab. If you just deleted it, use Undo.</p>
      <p>
        <a class="btn" href={hrefFor('plan')}>
          Back to Plan
        </a>
      </p>
    </div>
  );
}
