import { hrefFor } from '../../app/router';

/** Run: the facilitator's view during a workshop. */
export default function RunScreen() {
  return (
    <div class="screen stack">
      <header>
        <h1>Run a workshop</h1>
        <p class="lede">Keep the room on time and in the right phase, with a scaffold for each.</p>
      </header>
      <div class="empty-state">
        <p>No workshop is running.</p>
        <a class="btn btn-primary" href={hrefFor('plan')}>
          Plan a workshop
        </a>
      </div>
    </div>
  );
}
