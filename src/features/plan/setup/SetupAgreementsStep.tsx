import { DEFAULT_CONFIDENTIALITY, DEFAULT_GROUND_RULES } from '../../../domain/group-defaults';
import { Button } from '../../../ui/Button';
import { CheckedField } from '../../../ui/CheckedField';
import type { SetupState } from './use-setup-draft';

/** Step 5: the default ground rules and confidentiality agreement, to accept or edit. */
export function SetupAgreementsStep({ state }: { state: SetupState }) {
  const { draft, update } = state;
  return (
    <>
      <p>
        Ours, written for reflection groups in social work. Read them through: keep them as they
        are, or change anything your group would put differently. You will read them together at the
        first workshop, and can change them on the group’s page at any time. Keep the limits of
        confidentiality: a safeguarding concern always comes first.
      </p>
      <CheckedField
        id="setup-ground-rules"
        label="Ground rules"
        value={draft.groundRules}
        isMultiline
        rows={10}
        onSave={async (groundRules) => update({ groundRules })}
      />
      {draft.groundRules !== DEFAULT_GROUND_RULES && (
        <div class="row">
          <Button variant="quiet" onClick={() => update({ groundRules: DEFAULT_GROUND_RULES })}>
            Use the default ground rules
          </Button>
        </div>
      )}
      <CheckedField
        id="setup-confidentiality"
        label="Confidentiality agreement"
        value={draft.confidentiality}
        isMultiline
        rows={10}
        onSave={async (confidentiality) => update({ confidentiality })}
      />
      {draft.confidentiality !== DEFAULT_CONFIDENTIALITY && (
        <div class="row">
          <Button
            variant="quiet"
            onClick={() => update({ confidentiality: DEFAULT_CONFIDENTIALITY })}
          >
            Use the default confidentiality agreement
          </Button>
        </div>
      )}
    </>
  );
}
