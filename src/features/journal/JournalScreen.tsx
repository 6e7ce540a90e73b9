/** Journal: the practitioner's private, encrypted reflective journal. */
export default function JournalScreen() {
  return (
    <div class="screen stack">
      <header>
        <h1>Journal</h1>
        <p class="lede">
          Your private reflective journal. It is encrypted on this device and never leaves it unless
          you export an encrypted backup.
        </p>
      </header>
      <div class="empty-state">
        <p>The journal is not set up on this device yet.</p>
      </div>
    </div>
  );
}
