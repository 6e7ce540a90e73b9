import { useAppState } from '../../../app/app-state';
import { systemClock } from '../../../domain/clock';
import { formatMediumDate, parseIsoDate } from '../../../domain/dates';
import { canCarryForward, incidentSteps } from '../../../domain/incident-steps';
import { DEFAULT_INCIDENT_MODEL_ID, findModel } from '../../../domain/reflection-models/registry';
import { carriedIncident, nextWorkshopAfter } from '../../../domain/run-record';
import type { Incident } from '../../../domain/types';
import type { ScaffoldProps } from '../PhaseScaffolds';
import { CueCards } from './CueCards';
import { carryIncidentForward } from '../run-data';
import { Button } from '../../../ui/Button';

/**
 * The critical incident, held the way critical reflection groups hold it: told
 * uninterrupted, questions not advice, the model's stages one at a time with their cue
 * cards, the presenter listening while the group reflects; and, for a two-part model, the
 * incident carried to the next workshop for its reconstruction.
 */
export function IncidentScaffold({ record, phase, context, onChange }: ScaffoldProps) {
  const { ui } = useAppState();
  const incident = findIncident(phase.incidentId, context.incidents, record);
  const model = findModel(incident?.modelId ?? '') ?? findModel(DEFAULT_INCIDENT_MODEL_ID)!;
  const part = incident?.stage ?? 'deconstruction';
  const steps = incidentSteps(model, part, phase.plannedMinutes);
  const at = Math.min(record.steps[phase.id] ?? 0, steps.length - 1);
  const step = steps[at]!;
  const presenter = context.members.find((m) => m.id === incident?.presenterId);
  const next = context.workshop ? nextWorkshopAfter(context.siblings, context.workshop) : undefined;
  const carriedKey = `carried:${incident?.id ?? ''}`;
  const isCarried = record.steps[carriedKey] === 1;
  const go = (index: number) =>
    void onChange((run) => ({ steps: { ...run.steps, [phase.id]: index } }));

  async function carry() {
    if (!incident || !next) return;
    const now = systemClock.now();
    try {
      await carryIncidentForward(record.id, carriedIncident(incident, next.id, now), now);
      await onChange((run) => ({ steps: { ...run.steps, [carriedKey]: 1 } }));
      ui.notify('Carried to the next workshop: it is in that workshop’s plan.', {
        tone: 'success',
      });
    } catch (error) {
      ui.reportError(error, 'carry the incident forward');
    }
  }

  return (
    <section class="card stack" aria-labelledby={`incident-${phase.id}`}>
      <div class="run-incident-head">
        <h2 id={`incident-${phase.id}`}>{incident?.title || 'Critical incident'}</h2>
        <p class="muted">
          {presenter ? `Presenting: ${presenter.displayName}` : 'Presenter not set'} · {model.name}
          {part === 'reconstruction' && ' · second part: reconstruction'}
        </p>
      </div>
      <p class="run-step">
        Step {at + 1} of {steps.length} · about {step.minutes} min
      </p>
      <h3 class="run-step-title">{step.title}</h3>
      {step.kind === 'questions' && (
        <p class="run-rule" role="note">
          Questions, not advice
        </p>
      )}
      <p class="run-prompt">{step.guidance}</p>
      {step.kind === 'stage' && (
        <CueCards key={step.id} cards={step.cueCards} label={`Listener cue cards: ${step.title}`} />
      )}
      <div class="row">
        <Button disabled={at === 0} onClick={() => go(at - 1)}>
          Previous step
        </Button>
        <Button variant="primary" disabled={at >= steps.length - 1} onClick={() => go(at + 1)}>
          Next step
        </Button>
      </div>
      {incident && canCarryForward(model, part) && (
        <div class="run-carry">
          {isCarried ? (
            <p role="status">Carried to the next workshop for its reconstruction.</p>
          ) : next ? (
            <Button onClick={() => void carry()}>
              Carry to the next workshop ({formatMediumDate(parseIsoDate(next.date))}) for
              reconstruction
            </Button>
          ) : (
            <p class="muted">There is no later workshop in this series to carry it to.</p>
          )}
        </div>
      )}
    </section>
  );
}

/** The phase's incident; else one of the workshop's incidents that is in no slot. */
function findIncident(
  id: Incident['id'] | undefined,
  incidents: readonly Incident[],
  record: ScaffoldProps['record'],
): Incident | undefined {
  if (id) return incidents.find((incident) => incident.id === id);
  const slotted = new Set(record.timing.phases.map((p) => p.incidentId).filter(Boolean));
  return incidents.find((incident) => !slotted.has(incident.id));
}
