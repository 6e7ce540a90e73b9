import { HIDDEN_GRACE_MS } from '../vault/session';
import { SHARED_DEVICE_IDLE_MINUTES } from './use-lock-settings';

/** Set-up's question: does anyone else use this device? A shared one gets stronger locks. */
export function SharedDeviceChoice({
  isShared,
  onChange,
}: {
  /** null until answered. */
  isShared: boolean | null;
  onChange: (isShared: boolean) => void;
}) {
  return (
    <fieldset class="stack" aria-describedby="shared-device-hint">
      <legend>Does anyone else use this device?</legend>
      {/* Each radio sits in its label, so the whole row is the target for a finger. */}
      <label class="field-inline">
        <input
          type="radio"
          name="shared-device"
          checked={isShared === false}
          onChange={() => onChange(false)}
        />
        No, only I use it
      </label>
      <label class="field-inline">
        <input
          type="radio"
          name="shared-device"
          checked={isShared === true}
          onChange={() => onChange(true)}
        />
        Yes, others use it too (a team tablet, say)
      </label>
      <p class="hint" id="shared-device-hint">
        On a shared device, journals here lock after {SHARED_DEVICE_IDLE_MINUTES} minutes without
        use and {HIDDEN_GRACE_MS / 1000} seconds after you switch away from the app. You can change
        this later in Backup and security.
      </p>
    </fieldset>
  );
}
