import { canCarryForward, presenterStages, stagesForPart } from '../../domain/incident-steps';
import { modelsFor } from '../../domain/reflection-models/registry';
import type { ReflectionModel } from '../../domain/reflection-models/types';

/** Each model an incident can be held with, and how a group uses it, read from the model. */
export function ModelsInTheGroup() {
  return (
    <>
      <p>
        A reflection model gives the incident a shape: a few stages, each with a question. In the
        group the model is held the same way whichever you choose:
      </p>
      <ul>
        <li>
          <strong>The telling stands for the account.</strong> The presenter tells the incident
          once, uninterrupted; the model’s “what happened” questions become the listeners’ first
          questions, to draw the account out rather than hear it twice.
        </li>
        <li>
          <strong>Questions, not advice.</strong> At each stage listeners ask open questions. The
          cue cards are there to borrow from, not a script.
        </li>
        <li>
          <strong>Actions are the presenter’s own.</strong> Stages that ask “what will you do?” are
          left to the presenter, for their individual reflection. The group does not plan for them.
        </li>
      </ul>
      <p>The run screen holds each model step by step, with its timings and cue cards.</p>
      <ul class="guide-models">
        {modelsFor('incident').map((model) => (
          <li key={model.id}>
            <strong>{model.name}.</strong> {model.summary} {groupUse(model)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "The group asks about …; … is left to the presenter; held over two workshops." */
function groupUse(model: ReflectionModel): string {
  const parts = canCarryForward(model, 'deconstruction')
    ? (['deconstruction', 'reconstruction'] as const)
    : (['deconstruction'] as const);
  const asked = parts.flatMap((part) =>
    stagesForPart(model, part)
      .filter((stage) => !stage.groupUse)
      .map((stage) => stage.title),
  );
  const own = parts.flatMap((part) => presenterStages(model, part).map((stage) => stage.title));
  return [
    asked.length > 0 && sentence(`The group asks about: ${asked.join('; ')}`),
    own.length > 0 && sentence(`Left to the presenter: ${own.join('; ')}`),
    parts.length === 2 && 'Held over two workshops: the second part comes at the next one.',
  ]
    .filter(Boolean)
    .join(' ');
}

/** A full stop, unless a stage's title already ends the sentence ("So what?"). */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
