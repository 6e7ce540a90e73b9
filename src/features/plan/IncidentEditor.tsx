import { useAppState } from '../../app/app-state';
import { systemClock } from '../../domain/clock';
import { findModel, modelsFor } from '../../domain/reflection-models/registry';
import type { Incident, Member } from '../../domain/types';
import { CheckedField } from '../../ui/CheckedField';
import { FacilitatorSelect } from './FacilitatorSelect';
import { deletePlanWithUndo } from './undo';
import { deleteIncident, updateIncident } from './plan-changes';
import { Button } from '../../ui/Button';

interface Props {
  incident: Incident;
  members: readonly Member[];
  /** "Tuesday 5 May 2026", for an incident carried forward from an earlier workshop. */
  carriedFromDate?: string;
}

const INCIDENT_MODELS = modelsFor('incident');

/** One critical incident as the group will see it: presenter, title, summary, model. */
export function IncidentEditor({ incident, members, carriedFromDate }: Props) {
  const { ui } = useAppState();
  const id = (name: string) => `incident-${incident.id}-${name}`;
  const save = (changes: Partial<Incident>) =>
    updateIncident(incident.id, changes, systemClock.now());
  const model = findModel(incident.modelId);

  return (
    <div class="incident-editor stack">
      {incident.stage === 'reconstruction' && (
        <p class="badge badge-good carried-note">
          Carried forward{carriedFromDate ? ` from ${carriedFromDate}` : ''}: reconstruction
        </p>
      )}
      <div class="form-grid">
        <FacilitatorSelect
          id={id('presenter')}
          label="Presenter"
          members={members}
          value={incident.presenterId}
          emptyLabel="Not decided"
          onChange={(presenterId) =>
            save({ presenterId }).catch((e: unknown) => ui.reportError(e, 'change the presenter'))
          }
        />
        <div class="field">
          <label htmlFor={id('model')}>Reflection model</label>
          <select
            id={id('model')}
            value={incident.modelId}
            aria-describedby={id('model-summary')}
            onChange={(e) =>
              save({ modelId: e.currentTarget.value }).catch((err: unknown) =>
                ui.reportError(err, 'change the model'),
              )
            }
          >
            {INCIDENT_MODELS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <span id={id('model-summary')} class="hint">
            {model?.summary}
          </span>
        </div>
      </div>
      <CheckedField
        id={id('title')}
        label="Title"
        value={incident.title}
        isSensitive
        onSave={(title) => save({ title })}
      />
      <CheckedField
        id={id('summary')}
        label="Anonymised summary"
        hint="A few lines, with initials or roles only. The presenter tells the story in the room."
        value={incident.summary}
        isMultiline
        rows={4}
        isSensitive
        onSave={(summary) => save({ summary })}
      />
      <div class="row">
        <Button
          variant="danger"
          onClick={() => deletePlanWithUndo(ui, 'Incident', () => deleteIncident(incident.id))}
        >
          Delete this incident
        </Button>
      </div>
    </div>
  );
}
