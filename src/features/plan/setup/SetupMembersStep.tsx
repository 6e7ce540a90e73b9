import { Field } from '../../../ui/Field';
import type { SetupState } from './use-setup-draft';

/** Step 2: who is in the group, by display name or initials, and whether it is peer-led. */
export function SetupMembersStep({ state }: { state: SetupState }) {
  const { draft, update } = state;
  return (
    <>
      <p>
        Display names or initials only. What the group plans can be printed and shared, so the app
        never needs anyone’s full name; each person chooses how they are known. You can add and
        change members later.
      </p>
      <div class="form-grid">
        <Field id="setup-me" label="Your display name or initials">
          <input
            type="text"
            autocomplete="off"
            value={draft.me}
            onInput={(event) => update({ me: event.currentTarget.value })}
          />
        </Field>
        <Field
          id="setup-others"
          label="The other members, one per line"
          hint="Leave it empty if you do not know yet."
        >
          <textarea
            rows={4}
            autocomplete="off"
            value={draft.others}
            onInput={(event) => update({ others: event.currentTarget.value })}
          />
        </Field>
      </div>
      <label class="check field-inline" htmlFor="setup-peer-led">
        <input
          id="setup-peer-led"
          type="checkbox"
          aria-describedby="setup-peer-led-hint"
          checked={draft.isPeerLed}
          onChange={(event) => update({ isPeerLed: event.currentTarget.checked })}
        />
        We take turns to facilitate (a peer-led group)
      </label>
      <p class="hint" id="setup-peer-led-hint">
        Then everyone takes a turn at facilitating. Otherwise you facilitate, and the others take
        turns to bring an incident.
      </p>
    </>
  );
}
