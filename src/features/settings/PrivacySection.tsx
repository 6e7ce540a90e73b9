/** What the app does and does not do with the user's data, in plain words. */
export function PrivacySection() {
  return (
    <section class="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <ul>
        <li>The app never sends anything anywhere: no account, no server, no analytics.</li>
        <li>
          After the first visit it needs no network at all. It only ever loads its own files, and
          the browser is told to block anything else.
        </li>
        <li>
          Your journal is encrypted on this device with your passphrase. Only an encrypted backup
          that you make yourself can take it elsewhere.
        </li>
        <li>
          Group material (plans, reading, anonymised incident summaries) is checked for identifying
          details before it is saved.
        </li>
        <li>
          Spelling checks are off in the journal: some browsers’ enhanced spellcheckers send what
          you type to their servers. Your journal lives only on this device, so make encrypted
          backups (Journal, then Backup and security).
        </li>
      </ul>
    </section>
  );
}
