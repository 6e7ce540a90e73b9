import type { RunPhase, RunRecord } from '../../domain/types';
import { CheckedField } from '../../ui/CheckedField';
import { SeriesLookBack } from './FollowUpScreen';
import { isPassedRound, passRoundClass, PassRoundControl } from './PassRound';
import { Agreements } from './scaffolds/Agreements';
import { CatchUpScaffold } from './scaffolds/CatchUpScaffold';
import { IncidentScaffold } from './scaffolds/IncidentScaffold';
import { LiteratureScaffold } from './scaffolds/LiteratureScaffold';
import { Questionnaire } from './scaffolds/Questionnaire';
import { ReflectionScaffold } from './scaffolds/ReflectionScaffold';
import type { RunContext } from './use-run-data';
import { type RunChange } from './run-data';

type SaveRun = (apply: RunChange, doing?: string) => Promise<RunRecord | undefined>;

export interface ScaffoldProps {
  record: RunRecord;
  phase: RunPhase;
  context: RunContext;
  onChange: SaveRun;
  knownNames: readonly string[];
}

/**
 * A scaffold for every phase. All stay mounted and only the current one is shown, so
 * nothing anyone is typing is lost or moved when the phase changes: it is there, as it
 * was, when they come back to it.
 */
export function PhaseScaffolds(props: Omit<ScaffoldProps, 'phase' | 'knownNames'>) {
  const { record, context } = props;
  const knownNames = context.members.map((m) => m.displayName);
  const phases = record.timing.phases;
  // The end-of-workshop questionnaire sits with the reflection phase, else the last one.
  const reflectionAt = phases.findIndex((p) => p.kind === 'reflection');
  const questionnaireAt = reflectionAt >= 0 ? reflectionAt : phases.length - 1;
  return (
    <>
      {phases.map((phase, i) => {
        const scaffold = { ...props, phase, knownNames };
        return (
          <div
            key={phase.id}
            // The form passed round stays on show whatever phase the clock is in.
            hidden={i !== record.timing.currentIndex && record.passRound?.phaseId !== phase.id}
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
    default:
      // The follow-up workshop looks back across the whole series in its own phases.
      return props.context.workshop?.kind === 'follow-up' && props.record.seriesId ? (
        <SeriesLookBack id={props.record.seriesId} />
      ) : null;
  }
}

function GroupNotes({ record, phase, onChange, knownNames }: ScaffoldProps) {
  const isPassing = isPassedRound(record, 'notes', phase);
  return (
    <section class={`card stack ${passRoundClass(isPassing)}`}>
      <PassRoundControl
        kind="notes"
        record={record}
        phase={phase}
        onChange={onChange}
        label="Hand the notes to a scribe"
        explanation="Only the notes field will show until you take the tablet back by pressing and holding for two seconds."
      />
      <CheckedField
        id={`notes-${phase.id}`}
        label={`Group notes: ${phase.title}`}
        hint="Shareable with the group, and kept in the session record. Anonymise: initials or roles, never names."
        value={record.notes[phase.id] ?? ''}
        knownNames={knownNames}
        isMultiline
        isSensitive
        rows={4}
        onSave={async (text) => {
          await onChange(
            (run) => ({ notes: { ...run.notes, [phase.id]: text } }),
            'save the notes',
          );
        }}
      />
    </section>
  );
}
