import { useState } from 'preact/hooks';
import { CRITICAL_INCIDENT_QUESTIONNAIRE } from '../../../domain/reflection-models/critical-incident-questionnaire';
import type { QuestionnaireAnswers } from '../../../domain/types';
import type { ScaffoldProps } from '../PhaseScaffolds';

/**
 * Brookfield's Critical Incident Questionnaire, passed round on the tablet: each person
 * answers, taps Done, and their answers are put away before the next person has it.
 * Anonymous: no name is asked or kept. The facilitators read them in the session record.
 */
export function Questionnaire({ record, phase, onChange }: ScaffoldProps) {
  const [answers, setAnswers] = useState<QuestionnaireAnswers>({});
  const [isSaving, setSaving] = useState(false);
  const hasAny = Object.values(answers).some((a) => a?.trim());
  const count = record.questionnaire.length;

  async function done() {
    const given = Object.fromEntries(
      Object.entries(answers)
        .map(([id, text]) => [id, text?.trim() ?? ''])
        .filter(([, text]) => text),
    ) as QuestionnaireAnswers;
    setSaving(true);
    const saved = await onChange(
      (run) => ({ questionnaire: [...run.questionnaire, given] }),
      'save the answers',
    );
    setSaving(false);
    // Only once stored are the answers cleared away: nothing typed is lost.
    if (saved) setAnswers({});
  }

  return (
    <section class="card stack" aria-labelledby={`ciq-${phase.id}`}>
      <h2 id={`ciq-${phase.id}`}>End-of-workshop feedback</h2>
      <p>
        Pass the tablet round. Answer as briefly as you like, then tap Done: your answers are put
        away before the next person has the tablet. No names.
      </p>
      <p role="status">
        {count === 0
          ? 'No answers yet.'
          : `${count} ${count === 1 ? 'person has' : 'people have'} answered.`}
      </p>
      {CRITICAL_INCIDENT_QUESTIONNAIRE.map((q) => (
        <div class="field" key={q.id}>
          <label htmlFor={`ciq-${phase.id}-${q.id}`}>{q.question}</label>
          <textarea
            id={`ciq-${phase.id}-${q.id}`}
            rows={2}
            autocomplete="off"
            spellcheck={false}
            value={answers[q.id] ?? ''}
            onInput={(e) => {
              const value = e.currentTarget.value;
              setAnswers((current) => ({ ...current, [q.id]: value }));
            }}
          />
        </div>
      ))}
      <p>
        <button
          type="button"
          class="btn btn-primary"
          disabled={!hasAny || isSaving}
          onClick={() => void done()}
        >
          Done: put my answers away
        </button>
      </p>
    </section>
  );
}
