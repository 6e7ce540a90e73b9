import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { useUndoOffers } from '../../app/use-undo-offers';
import {
  addAction,
  canAddAction,
  MAX_ACTIONS,
  removeAction,
  restoreAction,
  TooManyActionsError,
  updateAction,
  type ActionCard,
  type CardAction,
} from '../../domain/action-cards';
import { randomId } from '../../domain/ids';
import { FollowUpHistory } from './FollowUpHistory';
import { Button } from '../../ui/Button';

/** "follow-up" or "3 follow-ups". */
function followUpsOf(action: CardAction): string {
  const count = action.followUps.length;
  return count === 1 ? 'follow-up' : `${count} follow-ups`;
}

/** A change to the card as it stands when the change is made (an Undo comes later). */
export type CardChange = (card: ActionCard) => ActionCard;

/**
 * A card's actions, each with an optional "by when": up to three, and a fourth refused in
 * plain words rather than by a button that silently does nothing. An action removed with
 * its follow-ups can be put back with Undo while the card is open.
 */
export function ActionFields({
  card,
  onChange,
}: {
  card: ActionCard;
  onChange: (change: CardChange) => void;
}) {
  const { ui } = useAppState();
  const offerUndo = useUndoOffers();
  const [isRefused, setRefused] = useState(false);

  function add() {
    if (!canAddAction(card)) {
      setRefused(true);
      return;
    }
    const id = randomId();
    onChange((current) => addAction(current, id));
    requestAnimationFrame(() => document.getElementById(`action-${id}`)?.focus());
  }

  function remove(action: CardAction, index: number) {
    setRefused(false);
    onChange((current) => removeAction(current, action.id));
    // Its history of follow-ups is the record of months of work: keep it within reach.
    if (action.followUps.length > 0) {
      offerUndo(`Action removed, with its ${followUpsOf(action)}.`, () => putBack(action, index));
    }
  }

  function putBack(action: CardAction, index: number) {
    try {
      onChange((current) => restoreAction(current, action, index));
      ui.notify(`Action put back, with its ${followUpsOf(action)}.`, { tone: 'success' });
    } catch (error) {
      if (!(error instanceof TooManyActionsError)) throw error;
      offerUndo(
        'A card holds three actions at most: remove one, then tap Undo to put the action back.',
        () => putBack(action, index),
      );
    }
  }

  return (
    <fieldset class="stack">
      <legend>Actions (up to {MAX_ACTIONS})</legend>
      <ol class="action-fields">
        {card.actions.map((action, i) => (
          <li key={action.id} class="stack">
            <div class="field">
              <label htmlFor={`action-${action.id}`}>Action {i + 1}</label>
              <textarea
                id={`action-${action.id}`}
                rows={2}
                autocomplete="off"
                spellcheck={false}
                value={action.text}
                onInput={(event) => {
                  const text = event.currentTarget.value;
                  onChange((current) => updateAction(current, action.id, { text }));
                }}
              />
            </div>
            <div class="row action-field-row">
              <div class="field">
                <label htmlFor={`action-${action.id}-by`}>By when (optional)</label>
                <input
                  autocomplete="off"
                  id={`action-${action.id}-by`}
                  type="date"
                  value={action.byWhen ?? ''}
                  onInput={(event) => {
                    const byWhen = event.currentTarget.value || null;
                    onChange((current) => updateAction(current, action.id, { byWhen }));
                  }}
                />
              </div>
              {card.actions.length > 1 && (
                <Button variant="quiet" onClick={() => remove(action, i)}>
                  Remove action {i + 1}
                </Button>
              )}
            </div>
            <FollowUpHistory action={action} />
          </li>
        ))}
      </ol>
      <div class="row">
        <Button aria-describedby={isRefused ? 'action-limit' : undefined} onClick={add}>
          Add an action
        </Button>
        <span class="muted">
          {card.actions.length} of {MAX_ACTIONS}
        </span>
      </div>
      {isRefused && !canAddAction(card) && (
        <p id="action-limit" class="form-error" role="alert">
          A card holds three actions at most. Fewer actions, followed up, go further: remove one to
          add another.
        </p>
      )}
    </fieldset>
  );
}
