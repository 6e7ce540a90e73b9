import { useSignal, useSignalEffect } from '@preact/signals';
import { describeBusy } from './busy';
import type { AppState } from './app-state';
import { Button } from '../ui/Button';

/**
 * Announces a new version and applies it only on the user's word. Hidden while this tab
 * runs a workshop; refused while another tab is busy.
 */
export function UpdatePrompt({ state }: { state: AppState }) {
  const { updates, busy, ui } = state;
  const isDismissed = useSignal(false);
  const refusal = useSignal('');

  useSignalEffect(() => {
    if (updates.offlineReady.value) {
      ui.notify('Breathing Space is ready to work offline.', { tone: 'success' });
    }
  });

  const isNewVersion = updates.updateWaiting.value || updates.reloadAdvised.value;
  if (!isNewVersion || isDismissed.value || busy.reasons.value.has('workshop')) return null;

  async function reload() {
    refusal.value = '';
    if (updates.reloadAdvised.value) return updates.reloadNow();
    const result = await updates.applyUpdate();
    if (!result.ok) {
      refusal.value = `Not yet: ${describeBusy(result.busyElsewhere)}. Finish there first, then reload.`;
    }
  }

  return (
    <section class="update-prompt" aria-label="App update" role="status">
      <p>A new version is ready — reload when convenient.</p>
      {refusal.value && <p class="update-refusal">{refusal.value}</p>}
      <div class="row">
        <Button variant="primary" onClick={reload}>
          Reload now
        </Button>
        <Button variant="quiet" onClick={() => (isDismissed.value = true)}>
          Later
        </Button>
      </div>
    </section>
  );
}
