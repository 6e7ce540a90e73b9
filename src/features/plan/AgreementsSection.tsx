import { useAppState } from '../../app/app-state';
import { systemClock } from '../../domain/clock';
import { DEFAULT_CONFIDENTIALITY, DEFAULT_GROUND_RULES } from '../../domain/group-defaults';
import type { Group } from '../../domain/types';
import { CheckedField } from '../../ui/CheckedField';
import { updateGroup } from './plan-changes';
import { Button } from '../../ui/Button';

interface Props {
  group: Group;
}

/** The group's ground rules and confidentiality agreement: our defaults, theirs to change. */
export function AgreementsSection({ group }: Props) {
  const { ui } = useAppState();
  const save = (changes: Partial<Group>) => updateGroup(group.id, changes, systemClock.now());

  /** Puts the default wording back, with a way back to the group's own. */
  function restoreDefault(key: 'groundRules' | 'confidentiality', text: string, what: string) {
    const previous = group[key];
    save({ [key]: text }).then(
      () =>
        ui.notify(`Default ${what} restored.`, {
          action: { label: 'Undo', run: () => void save({ [key]: previous }) },
        }),
      (error: unknown) => ui.reportError(error, `restore the default ${what}`),
    );
  }
  return (
    <section class="card stack" aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">Ground rules and confidentiality</h2>
      <p class="hint">
        Read these together at the first workshop and change them as the group decides. The limits
        of confidentiality (a safeguarding concern comes first) should always stay.
      </p>
      <CheckedField
        id="ground-rules"
        label="Ground rules"
        value={group.groundRules}
        isMultiline
        rows={12}
        onSave={(groundRules) => save({ groundRules })}
      />
      {group.groundRules !== DEFAULT_GROUND_RULES && (
        <Button
          variant="quiet"
          onClick={() => restoreDefault('groundRules', DEFAULT_GROUND_RULES, 'ground rules')}
        >
          Use the default ground rules
        </Button>
      )}
      <CheckedField
        id="confidentiality"
        label="Confidentiality agreement"
        value={group.confidentiality}
        isMultiline
        rows={12}
        onSave={(confidentiality) => save({ confidentiality })}
      />
      {group.confidentiality !== DEFAULT_CONFIDENTIALITY && (
        <Button
          variant="quiet"
          onClick={() =>
            restoreDefault('confidentiality', DEFAULT_CONFIDENTIALITY, 'confidentiality agreement')
          }
        >
          Use the default confidentiality agreement
        </Button>
      )}
    </section>
  );
}
