import { useState } from 'preact/hooks';
import {
  addAction,
  canAddAction,
  MAX_ACTIONS,
  removeAction,
  updateAction,
  type ActionCard,
} from '../../domain/action-cards';
import { randomId } from '../../domain/ids';
import { FollowUpHistory } from './FollowUpHistory';

/**
 * A card's actions, each with an optional "by when": up to three, and a fourth refused in
 * plain words rather than by a button that silently does nothing.
 */
export function ActionFields({
  card,
  onChange,
}: {
  card: ActionCard;
  onChange: (card: ActionCard) => void;
}) {
  const [isRefused, setRefused] = useState(false);

  function add() {
    if (!canAddAction(card)) {
      setRefused(true);
      return;
    }
    const next = addAction(card, randomId());
    onChange(next);
    const added = next.actions[next.actions.length - 1]!;
    requestAnimationFrame(() => document.getElementById(`action-${added.id}`)?.focus());
  }

  function remove(actionId: string) {
    setRefused(false);
    onChange(removeAction(card, actionId));
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
                onInput={(event) =>
                  onChange(updateAction(card, action.id, { text: event.currentTarget.value }))
                }
              />
            </div>
            <div class="row action-field-row">
              <div class="field">
                <label htmlFor={`action-${action.id}-by`}>By when (optional)</label>
                <input
                  id={`action-${action.id}-by`}
                  type="date"
                  value={action.byWhen ?? ''}
                  onInput={(event) =>
                    onChange(
                      updateAction(card, action.id, {
                        byWhen: event.currentTarget.value || null,
                      }),
                    )
                  }
                />
              </div>
              {card.actions.length > 1 && (
                <button type="button" class="btn btn-quiet" onClick={() => remove(action.id)}>
                  Remove action {i + 1}
                </button>
              )}
            </div>
            <FollowUpHistory action={action} />
          </li>
        ))}
      </ol>
      <div class="row">
        <button
          type="button"
          class="btn"
          aria-describedby={isRefused ? 'action-limit' : undefined}
          onClick={add}
        >
          Add an action
        </button>
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
