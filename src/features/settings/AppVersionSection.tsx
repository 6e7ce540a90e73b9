import { useSignal } from '@preact/signals';
import { useAppState } from '../../app/app-state';
import { Button } from '../../ui/Button';

/** The version in use, whether it works offline, and a manual check for updates. */
export function AppVersionSection() {
  const { updates } = useAppState();
  const checkResult = useSignal('');

  async function check() {
    checkResult.value = 'Checking…';
    const didCheck = await updates.checkForUpdate(true);
    checkResult.value = didCheck
      ? updates.updateWaiting.value
        ? 'A new version is ready.'
        : 'You have the latest version.'
      : 'Could not check: the device seems to be offline. The app keeps working.';
  }

  return (
    <section class="card" aria-labelledby="version-heading">
      <h2 id="version-heading">App version</h2>
      <dl class="facts">
        <dt>Version</dt>
        <dd data-testid="app-version">{__APP_VERSION__}</dd>
        <dt>Works offline</dt>
        <dd>{updates.isControlled.value ? 'Yes' : 'Not yet — it will after this first visit'}</dd>
      </dl>
      <div class="row">
        <Button onClick={check}>Check for updates</Button>
        {updates.updateWaiting.value && (
          <Button variant="primary" onClick={() => void updates.applyUpdate()}>
            Reload with the new version
          </Button>
        )}
      </div>
      <p role="status">{checkResult.value}</p>
    </section>
  );
}
