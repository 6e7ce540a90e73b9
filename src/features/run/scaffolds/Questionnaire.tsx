import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../../app/app-state';
import {
  findIdentifyingDetails,
  withoutAccepted,
  type CheckOptions,
  type IdentifyingDetail,
} from '../../../domain/anonymise';
import { CRITICAL_INCIDENT_QUESTIONNAIRE } from '../../../domain/reflection-models/critical-incident-questionnaire';
import type { QuestionnaireAnswers } from '../../../domain/types';
import { useCheckOptions } from '../../../ui/check-options';
import { IdentifyingDetailsWarning } from '../../../ui/IdentifyingDetailsWarning';
import { useReportUnsaved } from '../../../ui/unsaved-text';
import { isPassedRound, passRoundClass, PassRoundHandBack, PassRoundStart } from '../PassRound';
import type { ScaffoldProps } from '../PhaseScaffolds';
import { Button } from '../../../ui/Button';

/** How long typing pauses before the answers so far are stored. */
const DRAFT_SAVE_DELAY_MS = 500;

/**
 * Brookfield's Critical Incident Questionnaire, passed round on the tablet: each person
 * answers, taps Done, and their answers are put away before the next person has it.
 * Anonymous: no name is asked or kept. The facilitators read them in the session record,
 * which can be shared, so answers are checked for identifying details first. What someone
 * is typing is stored as they go, so a reload or a closed app loses none of it.
 */
export function Questionnaire(props: ScaffoldProps) {
  const { record, phase, onChange, reveal } = props;
  const { flush } = useAppState();
  const [answers, setAnswers] = useState<QuestionnaireAnswers>(
    () => record.questionnaireDraft ?? {},
  );
  const [isSaving, setSaving] = useState(false);
  // Said in the form itself: while it is passed round, the app's own messages are hidden.
  const [didNotSave, setDidNotSave] = useState(false);
  // Warnings show once Done is tapped, not while someone is still finding their words.
  const [isChecked, setChecked] = useState(false);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(() => new Set());
  const fields = useRef<Record<string, HTMLTextAreaElement | null>>({});
  const hasAny = Object.values(answers).some((a) => a?.trim());
  const count = record.questionnaire.length;
  const isPassing = isPassedRound(record, 'questionnaire', phase);
  const passRound = { record, phase, onChange };
  const firstField = () => fields.current[CRITICAL_INCIDENT_QUESTIONNAIRE[0]!.id];

  const options = useCheckOptions();
  // Worked out only once Done has been tapped: until then nothing is shown.
  const flagged = useMemo(
    () => (isChecked ? identifyingDetailsByQuestion(answers, options, accepted) : {}),
    [isChecked, answers, options, accepted],
  );

  // The answers being typed, stored after each pause and before the app reloads or closes.
  // Read through a ref, so a store that fires just as someone taps Done can never put their
  // answers back as the next person's draft.
  const latest = useRef(answers);
  latest.current = answers;
  const stored = useRef(record.questionnaireDraft ?? {});
  const isPuttingAway = useRef(false);
  const storeDraft = useRef(async () => undefined as void);
  storeDraft.current = async () => {
    const draft = latest.current;
    if (isPuttingAway.current || sameAnswers(draft, stored.current)) return;
    stored.current = draft;
    await onChange(() => ({ questionnaireDraft: draft }), 'keep the answers being typed');
  };
  useEffect(() => {
    const timer = setTimeout(() => void storeDraft.current(), DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [answers]);
  useEffect(() => flush.register(() => storeDraft.current()), [flush]);

  async function putAway(acceptedNow = accepted) {
    const stillFlagged = identifyingDetailsByQuestion(answers, options, acceptedNow);
    const firstFlagged = CRITICAL_INCIDENT_QUESTIONNAIRE.find((q) => stillFlagged[q.id]?.length);
    if (firstFlagged) {
      setChecked(true);
      fields.current[firstFlagged.id]?.focus();
      return;
    }
    const given = Object.fromEntries(
      Object.entries(answers)
        .map(([id, text]) => [id, text?.trim() ?? ''])
        .filter(([, text]) => text),
    ) as QuestionnaireAnswers;
    setSaving(true);
    setDidNotSave(false);
    isPuttingAway.current = true;
    try {
      const saved = await onChange(
        (run) => ({ questionnaire: [...run.questionnaire, given], questionnaireDraft: {} }),
        'save the answers',
      );
      // Only once stored are the answers cleared away: nothing typed is lost.
      if (saved) {
        latest.current = {};
        stored.current = {};
        setAnswers({});
        setChecked(false);
        setAccepted(new Set());
        // The next person starts at the first question.
        if (isPassing) firstField()?.focus();
      } else {
        setDidNotSave(true);
      }
    } finally {
      isPuttingAway.current = false;
      setSaving(false);
    }
  }

  // Answers typed but not put away are reported, so finishing can offer to keep them.
  useReportUnsaved(
    () =>
      hasAny
        ? {
            label: 'An answer to the end-of-workshop feedback',
            reason: 'typed, but Done was not tapped',
            edit: () => {
              reveal();
              setTimeout(() => {
                const typed = CRITICAL_INCIDENT_QUESTIONNAIRE.find((q) => answers[q.id]?.trim());
                fields.current[typed?.id ?? '']?.focus();
              }, 0);
            },
            saveAnyway: () => putAway(everyDetail(answers, options)),
            discard: async () => {
              latest.current = {};
              stored.current = {};
              setAnswers({});
              setChecked(false);
              await onChange(() => ({ questionnaireDraft: {} }), 'let the answers go');
            },
          }
        : null,
    hasAny,
  );

  /** "Save anyway": these details are fine; put the answers away if nothing else is flagged. */
  function acceptDetails(details: readonly IdentifyingDetail[]) {
    const acceptedNow = new Set([...accepted, ...details.map((d) => d.text)]);
    setAccepted(acceptedNow);
    void putAway(acceptedNow);
  }

  function editAgain(id: string) {
    const field = fields.current[id];
    const first = flagged[id]?.[0];
    field?.focus();
    if (field && first) field.setSelectionRange(first.start, first.end);
  }

  return (
    <section class={`card stack ${passRoundClass(isPassing)}`} aria-labelledby={`ciq-${phase.id}`}>
      <PassRoundHandBack kind="questionnaire" {...passRound} />
      <h2 id={`ciq-${phase.id}`}>End-of-workshop feedback</h2>
      <PassRoundStart
        kind="questionnaire"
        {...passRound}
        label="Pass the tablet round"
        explanation="Only these questions show until you press and hold to take the tablet back."
      />
      <p>
        Answer as briefly as you like, then tap Done: your answers are put away before the next
        person has the tablet. No names.
      </p>
      <p role="status">
        {count === 0
          ? 'No answers yet.'
          : `${count} ${count === 1 ? 'person has' : 'people have'} answered.`}
      </p>
      {CRITICAL_INCIDENT_QUESTIONNAIRE.map((q) => {
        const id = `ciq-${phase.id}-${q.id}`;
        const details = flagged[q.id] ?? [];
        return (
          <div class="field" key={q.id}>
            <label htmlFor={id}>{q.question}</label>
            <textarea
              id={id}
              ref={(element) => {
                fields.current[q.id] = element;
              }}
              rows={2}
              autocomplete="off"
              spellcheck={false}
              aria-describedby={details.length > 0 ? `${id}-warning` : undefined}
              value={answers[q.id] ?? ''}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setAnswers((current) => ({ ...current, [q.id]: value }));
              }}
            />
            <IdentifyingDetailsWarning
              id={`${id}-warning`}
              text={answers[q.id] ?? ''}
              details={details}
              onEdit={() => editAgain(q.id)}
              onSaveAnyway={() => acceptDetails(details)}
            />
          </div>
        );
      })}
      <p>
        <Button variant="primary" disabled={!hasAny || isSaving} onClick={() => void putAway()}>
          Done: put my answers away
        </Button>
      </p>
      {didNotSave && (
        <p role="alert" class="form-error">
          Your answers could not be put away, so they are still here. Tap Done again, or give the
          tablet back to the facilitator.
        </p>
      )}
    </section>
  );
}

function identifyingDetailsByQuestion(
  answers: QuestionnaireAnswers,
  options: CheckOptions,
  accepted: ReadonlySet<string>,
): Partial<Record<string, IdentifyingDetail[]>> {
  return Object.fromEntries(
    Object.entries(answers).map(([id, text]) => [
      id,
      withoutAccepted(findIdentifyingDetails(text ?? '', options), accepted),
    ]),
  );
}

/** Every identifying detail in the answers, as accepted: "Save anyway" for the lot. */
function everyDetail(answers: QuestionnaireAnswers, options: CheckOptions) {
  const all = identifyingDetailsByQuestion(answers, options, new Set());
  return new Set(
    Object.values(all)
      .flat()
      .map((detail) => detail!.text),
  );
}

function sameAnswers(a: QuestionnaireAnswers, b: QuestionnaireAnswers): boolean {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...ids].every((id) => (a[id] ?? '') === (b[id] ?? ''));
}
