/** Actions: up to three actions after a workshop, followed up later. */
export default function ActionsScreen() {
  return (
    <div class="screen stack">
      <header>
        <h1>Action cards</h1>
        <p class="lede">
          Set up to three actions you hope to take, then come back to them: how far did you get,
          what helped and what hindered.
        </p>
      </header>
      <div class="empty-state">
        <p>No action cards yet.</p>
      </div>
    </div>
  );
}
