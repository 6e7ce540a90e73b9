import { useEffect, useState } from 'preact/hooks';
import { newId } from '../../../domain/ids';
import type { RunRecord, SharingStep } from '../../../domain/types';
import { Button } from '../../../ui/Button';
import { CheckedField } from '../../../ui/CheckedField';
import { Field } from '../../../ui/Field';
import type { ScaffoldProps } from '../PhaseScaffolds';

const EMPTY = { what: '', withWhom: '', who: '', byWhen: '' } as const;

/**
 * The follow-up's plan to share what the series learnt, line by line: what, with whom, who
 * takes it on, by when. Group material, so checked; kept in the record.
 */
export function SharingPlan({ record, phase, context, onChange, reveal }: ScaffoldProps) {
  const steps = record.sharingPlan ?? [];
  // A line just added: its first field takes the focus once it is drawn.
  const [added, setAdded] = useState<string | null>(null);
  const isAddedDrawn = steps.some((step) => step.id === added);
  useEffect(() => {
    if (!added || !isAddedDrawn) return;
    document.getElementById(`sharing-what-${added}`)?.focus();
    setAdded(null);
  }, [added, isAddedDrawn]);
  const save = (change: (steps: SharingStep[]) => SharingStep[]) =>
    onChange((run: RunRecord) => ({ sharingPlan: change(run.sharingPlan ?? []) }), 'save the plan');
  const update = (id: string, patch: Partial<SharingStep>) =>
    save((all) => all.map((step) => (step.id === id ? { ...step, ...patch } : step)));

  return (
    <section class="card stack" aria-labelledby={`sharing-${phase.id}`}>
      <h2 id={`sharing-${phase.id}`}>Our plan to share what we learnt</h2>
      <p class="hint">
        What should others in the service hear, and how? Each line: what, with whom, who takes it
        on, and by when. It goes into the record.
      </p>
      {steps.length === 0 && <p class="muted">Nothing planned yet.</p>}
      <ol class="stack run-sharing">
        {steps.map((step, i) => (
          <li key={step.id} class="stack">
            <div class="form-grid">
              <CheckedField
                id={`sharing-what-${step.id}`}
                label={`What (${i + 1})`}
                value={step.what}
                onReveal={reveal}
                onSave={async (what) => void (await update(step.id, { what }))}
              />
              <CheckedField
                id={`sharing-with-${step.id}`}
                label="With whom"
                value={step.withWhom}
                onReveal={reveal}
                onSave={async (withWhom) => void (await update(step.id, { withWhom }))}
              />
              <Field id={`sharing-who-${step.id}`} label="Who takes it on">
                <select
                  value={step.who}
                  onChange={(e) => void update(step.id, { who: e.currentTarget.value })}
                >
                  <option value="">Not decided</option>
                  {context.members.map((member) => (
                    <option key={member.id} value={member.displayName}>
                      {member.displayName}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={`sharing-by-${step.id}`} label="By when">
                <input
                  type="date"
                  value={step.byWhen}
                  onChange={(e) => void update(step.id, { byWhen: e.currentTarget.value })}
                />
              </Field>
            </div>
            <div class="row">
              <Button
                variant="quiet"
                aria-label={`Remove line ${i + 1} of the plan`}
                onClick={() => void save((all) => all.filter((s) => s.id !== step.id))}
              >
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div class="row">
        <Button
          onClick={() => {
            const id = newId<string>();
            setAdded(id);
            void save((all) => [...all, { id, ...EMPTY }]);
          }}
        >
          Add a line to the plan
        </Button>
      </div>
    </section>
  );
}
