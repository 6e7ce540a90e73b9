/** Says, without alarm, that some entries or drafts could not be opened and are kept. */
export function UnopenedEntriesNotice({
  count,
  includesDrafts,
}: {
  count: number;
  includesDrafts: boolean;
}) {
  if (count === 0) return null;
  return (
    <div class="card notice-warning" role="alert">
      <h2>Some entries could not be opened</h2>
      <p>
        {count === 1 ? 'One entry' : `${count} entries`}
        {includesDrafts ? ' or drafts' : ''} could not be decrypted: damaged or altered.{' '}
        {count === 1 ? 'It is' : 'They are'} kept on this device untouched; restoring a backup may
        bring back a good copy.
      </p>
    </div>
  );
}
