import { useEffect, useState } from 'preact/hooks';
import type { RunPhase, RunRecord } from '../../domain/types';
import { Button } from '../../ui/Button';
import { CheckedField } from '../../ui/CheckedField';
import { SeriesLookBack } from './FollowUpScreen';
import { isPassedRound, passRoundClass, PassRoundHandBack, PassRoundStart } from './PassRound';
import { Agreements } from './scaffolds/Agreements';
import { CatchUpScaffold } from './scaffolds/CatchUpScaffold';
import { IncidentScaffold } from './scaffolds/IncidentScaffold';
import { LiteratureScaffold } from './scaffolds/LiteratureScaffold';
import { Questionnaire } from './scaffolds/Questionnaire';
import { ReflectionScaffold } from './scaffolds/ReflectionScaffold';
import { SharingPlan } from './scaffolds/SharingPlan';
import type { RunContext } from './use-run-data';
import { type RunChange } from './run-data';

type SaveRun = (apply: RunChange, doing?: string) => Promise<RunRecord | undefined>;

export interface ScaffoldProps {
  record: RunRecord;
  phase: RunPhase;
  context: RunContext;
  onChange: SaveRun;
  /** Shows this phase's scaffold for a moment (to edit what is unsaved there), clock unchanged. */
  reveal: () => void;
}

/**
 * A scaffold for every phase. All stay mounted and only the current one is shown, so
 * nothing anyone is typing is lost or moved when the phase changes: it is there, as it
 * was, when they come back to it.
 */
export function PhaseScaffolds(props: Omit<ScaffoldProps, 'phase' | 'reveal'>) {
  const { record, context } = props;
  const [shown, reveal] = useShownPhase(record);
  const phases = record.timing.phases;
  const current = phases[record.timing.currentIndex];
  // The end-of-workshop questionnaire sits with the reflection phase, else the last one.
  const reflectionAt = phases.findIndex((p) => p.kind === 'reflection');
  const questionnaireAt = reflectionAt >= 0 ? reflectionAt : phases.length - 1;
  return (
    <>
      {shown.id !== current?.id && (
        <ShownPhaseNote title={shown.title} current={current} onBack={() => reveal(null)} />
      )}
      {phases.map((phase, i) => {
        const scaffold = { ...props, phase, reveal: () => reveal(phase.id) };
        return (
          <div
            key={phase.id}
            // The form passed round stays on show whatever phase the clock is in.
            hidden={phase.id !== shown.id && record.passRound?.phaseId !== phase.id}
            class="stack run-scaffold"
          >
            <PhaseScaffold {...scaffold} />
            {i === questionnaireAt && <Questionnaire {...scaffold} />}
            {phase.kind !== 'break' && <GroupNotes {...scaffold} />}
            {phase.kind !== 'catch-up' && (
              <Agreements id={`rules-${phase.id}`} group={context.group} isShownAtFirst={false} />
            )}
          </div>
        );
      })}
    </>
  );
}

/**
 * The phase whose scaffold is on show: the clock's current phase, unless another has been
 * revealed to edit something unsaved in it. Moving to another phase shows that one again.
 */
function useShownPhase(record: RunRecord) {
  const [revealed, setRevealed] = useState<string | null>(null);
  const { phases, currentIndex } = record.timing;
  const currentId = phases[currentIndex]?.id;
  useEffect(() => setRevealed(null), [currentId]);
  const shown = phases.find((p) => p.id === revealed) ?? phases[currentIndex];
  return [shown ?? { id: '', title: '' }, setRevealed] as const;
}

function ShownPhaseNote(props: { title: string; current?: RunPhase; onBack: () => void }) {
  return (
    <p class="run-note row">
      <span>
        Showing <strong>{props.title}</strong> to finish what was typed there. The clock is still on{' '}
        {props.current?.title ?? 'the current phase'}.
      </span>
      <Button onClick={props.onBack}>Back to the current phase</Button>
    </p>
  );
}

function PhaseScaffold(props: ScaffoldProps) {
  switch (props.phase.kind) {
    case 'catch-up':
      return <CatchUpScaffold {...props} />;
    case 'literature':
      return <LiteratureScaffold {...props} />;
    case 'incident':
      return <IncidentScaffold {...props} />;
    case 'reflection':
      return <ReflectionScaffold {...props} />;
    case 'break':
      return (
        <section class="card run-quiet">
          <h2>Break</h2>
          <p class="run-prompt">Back when the timer ends.</p>
        </section>
      );
    default: {
      // The follow-up workshop looks back across the whole series in its first phase of its
      // own, then plans how to share what was learnt.
      if (props.context.workshop?.kind !== 'follow-up' || !props.record.seriesId) return null;
      const own = props.record.timing.phases.filter((p) => p.kind === 'custom');
      return own[0]?.id === props.phase.id ? (
        <SeriesLookBack id={props.record.seriesId} />
      ) : (
        <SharingPlan {...props} />
      );
    }
  }
}

function GroupNotes({ record, phase, onChange, reveal }: ScaffoldProps) {
  const isPassing = isPassedRound(record, 'notes', phase);
  const passRound = { record, phase, onChange };
  // Said beside the field: a scribe passed the tablet sees none of the app's own messages.
  const [didNotSave, setDidNotSave] = useState(false);
  return (
    <section class={`card stack ${passRoundClass(isPassing)}`}>
      <PassRoundHandBack kind="notes" {...passRound} />
      <CheckedField
        id={`notes-${phase.id}`}
        label={`Group notes: ${phase.title}`}
        hint="Shareable with the group, and kept in the session record. Anonymise: initials or roles, never names."
        value={record.notes[phase.id] ?? ''}
        isMultiline
        isSensitive
        rows={4}
        class="run-notes-field"
        onReveal={reveal}
        onSave={async (text) => {
          const saved = await onChange(
            (run) => ({ notes: { ...run.notes, [phase.id]: text } }),
            'save the notes',
          );
          setDidNotSave(!saved);
        }}
      />
      {didNotSave && (
        <p role="alert" class="form-error">
          The notes could not be saved just now. They are still here: the app tries again at the
          next pause in typing.
        </p>
      )}
      <PassRoundStart
        kind="notes"
        {...passRound}
        label="Hand the notes to a scribe"
        explanation="Only this field shows until you press and hold to take the tablet back."
      />
    </section>
  );
}
