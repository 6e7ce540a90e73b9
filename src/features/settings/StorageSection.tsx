import { useAppState } from '../../app/app-state';
import { formatBytes } from '../../ui/units';
import { useStorageStatus } from './use-storage-status';
import { Button } from '../../ui/Button';

/** Whether the browser will keep this device's data, and how much there is. */
export function StorageSection() {
  const { ui } = useAppState();
  const { status, askToPersist } = useStorageStatus();

  async function ask() {
    const granted = await askToPersist();
    ui.notify(
      granted
        ? 'This browser will now keep the app’s data unless you clear it yourself.'
        : 'The browser said no for now. Installing the app (Add to Home Screen) usually lets it keep your data.',
      { tone: granted ? 'success' : 'warning' },
    );
  }

  return (
    <section class="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      <p>
        Everything you enter is kept in this browser on this device, and nowhere else. There is no
        account and no server, so there is no copy anywhere unless you make a backup.
      </p>
      {!status ? (
        <p class="muted">Checking storage…</p>
      ) : !status.isSupported ? (
        <p>This browser does not say how it stores data. Keep backups of anything important.</p>
      ) : (
        <>
          <dl class="facts">
            <dt>Kept safe</dt>
            <dd data-testid="storage-persisted">
              {status.isPersisted ? (
                <span class="badge badge-good">Yes — persistent storage</span>
              ) : (
                <span class="badge badge-warn">Not guaranteed — “best effort” storage</span>
              )}
            </dd>
            <dt>Space used</dt>
            <dd data-testid="storage-usage">
              {status.usageBytes === null ? 'Unknown' : formatBytes(status.usageBytes)}
              {status.quotaBytes !== null &&
                ` of about ${formatBytes(status.quotaBytes)} available`}
            </dd>
          </dl>
          {status.isPersisted ? (
            <p>The browser has agreed to keep this data until you delete it yourself.</p>
          ) : (
            <>
              <p>
                With “best effort” storage the browser may delete the app’s data when the device
                runs short of space. Ask it to keep the data; installing the app makes a yes more
                likely.
              </p>
              <Button variant="primary" onClick={ask}>
                Ask the browser to keep my data
              </Button>
            </>
          )}
        </>
      )}
      <h3>On an iPad or iPhone</h3>
      <p>
        Safari deletes a website’s data after seven days without a visit. Open the app in Safari,
        tap Share, then <strong>Add to Home Screen</strong>, and always open it from that icon: data
        of a Home Screen app is kept.
      </p>
    </section>
  );
}
