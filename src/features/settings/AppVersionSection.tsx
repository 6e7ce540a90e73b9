import { useSignal } from '@preact/signals';
import { useAppState } from '../../app/app-state';

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
        <button type="button" class="btn" onClick={check}>
          Check for updates
        </button>
        {updates.updateWaiting.value && (
          <button type="button" class="btn btn-primary" onClick={() => void updates.applyUpdate()}>
            Reload with the new version
          </button>
        )}
      </div>
      <p role="status">{checkResult.value}</p>
    </section>
  );
}
