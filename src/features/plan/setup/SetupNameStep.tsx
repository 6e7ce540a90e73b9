import { CheckedField } from '../../../ui/CheckedField';
import { TimeZoneChoice } from '../TimeZoneChoice';
import type { SetupState } from './use-setup-draft';

/** Step 1: the group's name, checked like any group material, and where it meets. */
export function SetupNameStep({ state }: { state: SetupState }) {
  const { draft, update } = state;
  return (
    <>
      <CheckedField
        id="setup-name"
        label="The group’s name"
        hint="Something that tells it apart on this device, such as your team’s name. Group material can be printed and shared, so it never needs anyone’s full name."
        value={draft.name}
        onSave={async (name) => update({ name })}
      />
      <TimeZoneChoice
        id="setup-time-zone"
        value={draft.timeZone}
        onChange={(timeZone) => update({ timeZone })}
      />
    </>
  );
}
