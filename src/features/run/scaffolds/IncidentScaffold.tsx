import { useAppState } from '../../../app/app-state';
import { systemClock } from '../../../domain/clock';
import { formatMediumDate } from '../../../ui/dates';
import { canCarryForward, phaseSteps } from '../../../domain/incident-steps';
import { roomChoiceOf, withCard } from '../../../domain/room-view';
import { carriedIncident } from '../../../domain/run-record';
import { markStep, stepMarksOf } from '../../../domain/step-timing';
import type { ScaffoldProps } from '../PhaseScaffolds';
import { CueCards } from './CueCards';
import { StepTime } from './StepTime';
import { carryIncidentForward, updateIncident } from '../run-data';
import { useSeriesHistory } from '../use-run-data';
import { nextWorkshopAfter, notesOfIncident } from '../../../domain/series-continuity';
import type { Incident } from '../../../domain/types';
import { CheckedField } from '../../../ui/CheckedField';
import { Button } from '../../../ui/Button';

/**
 * The critical incident, held the way critical reflection groups hold it: told
 * uninterrupted, questions not advice, the model's stages one at a time with their cue
 * cards, the presenter listening while the group reflects; each step with its share of the
 * time and its rule in view throughout; and, for a two-part model, the incident carried to
 * the next workshop for its reconstruction.
 */
export function IncidentScaffold(props: ScaffoldProps) {
  const { record, phase, context, onChange } = props;
  const { ui } = useAppState();
  const { incident, model, part, steps, at } = phaseSteps(record, phase, context.incidents);
  const step = steps[at]!;
  const isCurrentPhase = record.timing.phases[record.timing.currentIndex]?.id === phase.id;
  const isUnderway = record.timing.status === 'running' || record.timing.status === 'paused';
  const presenter = context.members.find((m) => m.id === incident?.presenterId);
  const next = context.workshop ? nextWorkshopAfter(context.siblings, context.workshop) : undefined;
  const carriedKey = `carried:${incident?.id ?? ''}`;
  const isCarried = record.steps[carriedKey] === 1;
  const shown = roomChoiceOf(record).card;
  const shownCard = shown?.phaseId === phase.id && shown.stepId === step.id ? shown.text : null;

  const go = (index: number) => {
    const now = systemClock.now();
    const stepId = steps[index]!.id;
    void onChange((run) => ({
      steps: { ...run.steps, [phase.id]: index },
      stepTimes: markStep(run, phase.id, stepId, now),
    }));
  };

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
    <section class="card stack run-incident" aria-labelledby={`incident-${phase.id}`}>
      <div class="run-incident-head">
        <h2 id={`incident-${phase.id}`}>{incident?.title || 'Critical incident'}</h2>
        <p class="muted">
          {presenter ? `Presenting: ${presenter.displayName}` : 'Presenter not set'} · {model.name}
          {part === 'reconstruction' && ' · second part: reconstruction'}
        </p>
      </div>
      <div class="run-step-head">
        <p class="run-step">
          Step {at + 1} of {steps.length} ·{' '}
          {isCurrentPhase && isUnderway ? (
            <StepTime
              phase={phase}
              marks={stepMarksOf(record, phase.id)}
              step={step}
              key={`${step.id}:${stepMarksOf(record, phase.id).length}`}
            />
          ) : (
            `about ${step.minutes} min`
          )}
        </p>
        <div class="row">
          <Button disabled={at === 0} onClick={() => go(at - 1)}>
            Previous step
          </Button>
          <Button variant="primary" disabled={at >= steps.length - 1} onClick={() => go(at + 1)}>
            Next step
          </Button>
        </div>
      </div>
      <div class="run-step-rule">
        <h3 class="run-step-title">{step.title}</h3>
        <p class="run-rule" role="note">
          {step.rule}
        </p>
      </div>
      <p class="run-prompt">{step.guidance}</p>
      {step.cueCards.length > 0 && (
        <CueCards
          key={step.id}
          cards={step.cueCards}
          label={`Listener cue cards: ${step.title}`}
          shownCard={shownCard}
          onShow={(text) =>
            void onChange((run) => ({
              roomDisplay: withCard(
                run,
                text === null ? null : { phaseId: phase.id, stepId: step.id, text },
              ),
            }))
          }
        />
      )}
      {incident?.carriedFromId && part === 'reconstruction' && (
        <FirstPart {...props} incident={incident} />
      )}
      {incident && canCarryForward(model, part) && (
        <div class="run-carry">
          {isCarried ? (
            <p role="status">Carried to the next workshop for its reconstruction.</p>
          ) : next ? (
            <Button onClick={() => void carry()}>
              Carry to the next workshop ({formatMediumDate(next.date)}) for reconstruction
            </Button>
          ) : (
            <p class="muted">There is no later workshop in this series to carry it to.</p>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * At reconstruction, what the group kept from the incident's first telling, and a field for
 * the new name the presenter gives it in the light of what they now see.
 */
function FirstPart({
  record,
  context,
  reveal,
  incident,
}: ScaffoldProps & {
  incident: Incident;
}) {
  const { ui } = useAppState();
  const history = useSeriesHistory(record);
  const from = incident.carriedFromId;
  const notes = from ? notesOfIncident(from, history.value.runs) : '';
  const first = history.value.incidents.find((i) => i.id === from);
  const firstWorkshop = context.siblings.find((w) => w.id === first?.workshopId);
  return (
    <div class="stack run-first-part">
      <h3>
        From the first part{firstWorkshop ? ` (${formatMediumDate(firstWorkshop.date)})` : ''}
      </h3>
      {notes ? (
        <p class="run-notes-text">{notes}</p>
      ) : (
        <p class="muted">No group notes were kept at the first part.</p>
      )}
      <CheckedField
        id={`new-title-${incident.id}`}
        label="The incident’s new name"
        hint="What would the presenter call it now? Shareable with the group: anonymise."
        value={incident.newTitle ?? ''}
        isSensitive
        onReveal={reveal}
        onSave={async (newTitle) => {
          try {
            await updateIncident(incident.id, { newTitle }, systemClock.now());
          } catch (error) {
            ui.reportError(error, 'save the new name');
          }
        }}
      />
    </div>
  );
}
