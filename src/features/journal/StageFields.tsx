import type { JournalEntry } from '../../domain/journal';

interface Stage {
  id: string;
  title: string;
  prompt: string;
}

/** One private text field per stage of the chosen reflection model, with its prompt. */
export function StageFields({
  stages,
  answers,
  onChange,
}: {
  stages: readonly Stage[];
  answers: JournalEntry['answers'];
  onChange: (next: JournalEntry['answers']) => void;
}) {
  return (
    <>
      {stages.map((stage) => (
        <div class="field" key={stage.id}>
          <label htmlFor={`stage-${stage.id}`}>{stage.title}</label>
          <span class="hint" id={`stage-${stage.id}-prompt`}>
            {stage.prompt}
          </span>
          <textarea
            id={`stage-${stage.id}`}
            spellcheck={false}
            autocomplete="off"
            aria-describedby={`stage-${stage.id}-prompt`}
            value={answers[stage.id] ?? ''}
            onInput={(event) => onChange({ ...answers, [stage.id]: event.currentTarget.value })}
          />
        </div>
      ))}
    </>
  );
}
