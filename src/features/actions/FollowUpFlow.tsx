import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import {
  PROGRESS_LEVELS,
  moveFollowUp,
  progressOf,
  recordFollowUp,
  writtenActions,
  type ActionCard,
  type FollowUp,
} from '../../domain/action-cards';
import { deviceToday } from '../../domain/time-zone';
import { systemClock } from '../../domain/clock';
import type { IsoDate, RecordId } from '../../domain/types';
import { usePrivateDraft } from '../../private/use-private-draft';
import { formatDate, PROGRESS_LABELS, SAVE_STATE_TEXT } from './card-labels';
import { usePrivateStores } from '../../private/stores';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Field } from '../../ui/Field';

/**
 * Following a card up, one action at a time (easy on a tablet): how far did I get, what
 * helped, what hindered. Each answer is saved, sealed, as it is given.
 */
export function FollowUpFlow({ cardId }: { cardId: RecordId }) {
  const { actionCards } = usePrivateStores();
  const { ui } = useAppState();
  const [card, setCard] = useState(() => actionCards.cards.peek().get(cardId) ?? null);
  const [step, setStep] = useState(0);
  const [on, setOn] = useState(() => deviceToday(systemClock.now()));
  const autosave = usePrivateDraft(card, { save: (next: ActionCard) => actionCards.save(next) });
  const heading = useRef<HTMLHeadingElement>(null);
  const hasStepped = useRef(false);
  /** The actions answered in this sitting, whose answers follow a change of date. */
  const answered = useRef(new Set<string>());

  // Each step is a new question: take keyboard and screen-reader users to its action.
  useEffect(() => {
    if (hasStepped.current) heading.current?.focus();
    hasStepped.current = true;
  }, [step]);

  const actions = card ? writtenActions(card) : [];
  const action = actions[step];
  if (!card || !action) {
    return (
      <div class="screen stack">
        <ScreenHeader title="Nothing to follow up" />
        <p>
          This card has no actions, or it was deleted.{' '}
          <a href={hrefFor('actions')}>Back to action cards</a>.
        </p>
      </div>
    );
  }

  const previous = action.followUps.filter((f) => f.on < on).pop() ?? null;
  const current: FollowUp = action.followUps.find((f) => f.on === on) ?? {
    on,
    progress: previous ? previous.progress : progressOf(action),
    helped: '',
    hindered: '',
  };
  const isLast = step === actions.length - 1;

  function change(next: ActionCard): ActionCard {
    const changed = { ...next, updatedAt: systemClock.now() };
    setCard(changed);
    autosave.change(changed);
    return changed;
  }

  function record(update: Partial<FollowUp>): ActionCard {
    answered.current.add(action!.id);
    return change(recordFollowUp(card!, action!.id, { ...current, ...update }));
  }

  function changeDate(to: IsoDate) {
    let next = card!;
    for (const id of answered.current) next = moveFollowUp(next, id, on, to);
    if (next !== card) change(next);
    setOn(to);
  }

  async function next() {
    // Stepping on records where the action stands, even if nothing was changed.
    const latest = record({});
    if (!isLast) {
      setStep(step + 1);
      return;
    }
    try {
      await autosave.cancel();
      await actionCards.save(latest);
      ui.notify('Follow-up saved.', { tone: 'success' });
      navigate('actions');
    } catch (error) {
      autosave.change(latest);
      ui.reportError(error, 'save the follow-up');
    }
  }

  const prefix = `follow-up-${action.id}`;
  return (
    <div class="screen stack follow-up">
      <ScreenHeader
        title={<>Follow up: {card.heading.trim() || 'untitled card'}</>}
        back={{ href: hrefFor('actions'), label: 'Action cards' }}
      >
        <p class="muted">
          Action {step + 1} of {actions.length}
          {previous && ` · last followed up ${formatDate(previous.on)}`}
        </p>
      </ScreenHeader>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void next();
        }}
      >
        {step === 0 && (
          <Field id="follow-up-date" label="Date of this follow-up">
            <input
              autocomplete="off"
              type="date"
              required
              value={on}
              onInput={(event) =>
                event.currentTarget.value && changeDate(event.currentTarget.value)
              }
            />
          </Field>
        )}
        <section key={action.id} class="card stack" aria-labelledby={`${prefix}-heading`}>
          <h2 id={`${prefix}-heading`} class="pre-wrap" ref={heading} tabIndex={-1}>
            {action.text}
          </h2>
          {action.byWhen && <p class="muted">By {formatDate(action.byWhen)}</p>}
          <fieldset class="stack">
            <legend>How far did you get?</legend>
            <div class="progress-scale">
              {PROGRESS_LEVELS.map((level) => (
                <div class="field-inline" key={level}>
                  <input
                    autocomplete="off"
                    type="radio"
                    id={`${prefix}-${level}`}
                    name={`${prefix}-progress`}
                    checked={current.progress === level}
                    onChange={() => record({ progress: level })}
                  />
                  <label htmlFor={`${prefix}-${level}`}>{PROGRESS_LABELS[level]}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div class="form-grid">
            <div class="field">
              <label htmlFor={`${prefix}-helped`}>What helped?</label>
              <textarea
                id={`${prefix}-helped`}
                rows={3}
                autocomplete="off"
                spellcheck={false}
                value={current.helped}
                onInput={(event) => record({ helped: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label htmlFor={`${prefix}-hindered`}>What hindered?</label>
              <textarea
                id={`${prefix}-hindered`}
                rows={3}
                autocomplete="off"
                spellcheck={false}
                value={current.hindered}
                onInput={(event) => record({ hindered: event.currentTarget.value })}
              />
            </div>
          </div>
        </section>
        {isLast && (
          <div class="field">
            <label htmlFor="follow-up-next">Next follow-up (optional)</label>
            <input
              autocomplete="off"
              id="follow-up-next"
              type="date"
              value={card.nextFollowUpOn && card.nextFollowUpOn > on ? card.nextFollowUpOn : ''}
              onInput={(event) =>
                change({ ...card, nextFollowUpOn: event.currentTarget.value || null })
              }
            />
          </div>
        )}
        <p class="save-state" role="status" aria-live="polite">
          {SAVE_STATE_TEXT[autosave.state]}
        </p>
        <div class="row">
          {step > 0 && <Button onClick={() => setStep(step - 1)}>Previous action</Button>}
          <Button variant="primary" type="submit">
            {isLast ? 'Finish follow-up' : 'Next action'}
          </Button>
        </div>
      </form>
    </div>
  );
}
