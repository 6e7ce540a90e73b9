import { useAppState } from '../../app/app-state';
import { saveLockSettings } from '../../private/use-lock-settings';
import { usePrivateStores } from '../../private/stores';
import { Field } from '../../ui/Field';

const IDLE_CHOICES = [2, 5, 10, 15, 30, 60];

/** When the journal locks itself: after a spell without use, and when the app is hidden. */
export function LockSettingsCard() {
  const { vaultSession } = usePrivateStores();
  const { ui } = useAppState();
  const settings = vaultSession.settings.value;
  const save = (next: typeof settings) =>
    saveLockSettings(vaultSession, next).catch((error: unknown) => ui.reportError(error));
  return (
    <section class="card stack" aria-labelledby="lock-heading">
      <h2 id="lock-heading">Locking</h2>
      <Field id="idle-minutes" label="Lock after this long without use">
        <select
          value={String(settings.idleMinutes)}
          onChange={(event) =>
            void save({ ...settings, idleMinutes: Number(event.currentTarget.value) })
          }
        >
          {IDLE_CHOICES.map((choice) => (
            <option key={choice} value={String(choice)}>
              {choice} minutes
            </option>
          ))}
        </select>
      </Field>
      <div class="field-inline">
        <input
          id="lock-hidden"
          type="checkbox"
          checked={settings.lockWhenHidden}
          onChange={(event) =>
            void save({ ...settings, lockWhenHidden: event.currentTarget.checked })
          }
        />
        <label htmlFor="lock-hidden">Also lock 30 seconds after I switch away from the app</label>
      </div>
      <p class="hint">Locking always saves what you were writing first.</p>
    </section>
  );
}
