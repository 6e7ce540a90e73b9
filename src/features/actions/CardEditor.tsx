import { useState } from 'preact/hooks';
import { deleteWithUndo } from '../../app/delete-with-undo';
import { useAppState } from '../../app/app-state';
import { hrefFor, navigate } from '../../app/router';
import { useLinkTargets } from '../../private/private-data';
import { isBlankCard, makeCard, writtenActions, type ActionCard } from '../../domain/action-cards';
import { deviceToday } from '../../domain/time-zone';
import { systemClock } from '../../domain/clock';
import { newId, randomId } from '../../domain/ids';
import type { RecordId, WorkshopId } from '../../domain/types';
import { workshopLabel } from '../../private/LinkFields';
import { usePrivateDraft } from '../../private/use-private-draft';
import { SAVE_STATE_TEXT } from './card-labels';
import { ActionFields, type CardChange } from './ActionFields';
import { usePrivateStores, type PrivateStores } from '../../private/stores';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { Field } from '../../ui/Field';

function initialCard(
  { actionCards, resume }: PrivateStores,
  cardId?: RecordId,
  workshopId?: WorkshopId | null,
): ActionCard | null {
  if (cardId) return actionCards.cards.peek().get(cardId) ?? null;
  // A new card interrupted by a lock opens again after unlocking, not a blank one (unless
  // it was deleted meanwhile).
  const resumed = resume.take('card');
  const card = resumed && actionCards.cards.peek().get(resumed);
  if (card) return card;
  const now = systemClock.now();
  return makeCard({
    id: newId<RecordId>(),
    date: deviceToday(now),
    now,
    workshopId: workshopId ?? null,
    newActionId: randomId,
  });
}

/**
 * Writing a card: the date, what I want to change, and up to three actions, each with an
 * optional "by when". Saved, sealed, within a second of a pause in typing.
 */
export function CardEditor({
  cardId,
  workshopId,
}: {
  cardId?: RecordId;
  workshopId?: WorkshopId | null;
}) {
  const stores = usePrivateStores();
  const { actionCards } = stores;
  const { ui } = useAppState();
  const [card, setCard] = useState(() => initialCard(stores, cardId, workshopId));
  // A card opened by id is stored already, even if its text has since been cleared.
  const [isStored, setStored] = useState(
    () => card !== null && (Boolean(cardId) || !isBlankCard(card)),
  );
  const targets = useLinkTargets();
  // The card is its own draft: saved, sealed, as it is typed.
  const autosave = usePrivateDraft(card, {
    save: async (next: ActionCard) => {
      await actionCards.save(next);
      setStored(true);
    },
    resume: {
      editor: 'card',
      idOf: (current) => (!cardId && !isBlankCard(current) ? current.id : null),
    },
  });

  if (!card) {
    return (
      <div class="screen stack">
        <ScreenHeader title="Card not found" />
        <p>
          It may have been deleted. <a href={hrefFor('actions')}>Back to action cards</a>.
        </p>
      </div>
    );
  }

  /** Applies a change to the card as of the last keystroke (an Undo may come much later). */
  function update(change: CardChange) {
    const current = autosave.latest() ?? card;
    if (!current) return;
    const changed = { ...change(current), updatedAt: systemClock.now() };
    setCard(changed);
    if (isStored || !isBlankCard(changed)) autosave.change(changed);
    else autosave.remember(changed);
  }

  /** Sets one field of the card to what was typed or chosen. */
  const set = <K extends keyof ActionCard>(key: K, value: ActionCard[K]) =>
    update((current) => ({ ...current, [key]: value }));

  async function finish() {
    await autosave.flushNow();
    navigate('actions');
  }

  async function deleteCard() {
    if (!card) return;
    await autosave.cancel();
    if (!isStored) {
      navigate('actions');
      return;
    }
    const id = card.id;
    await deleteWithUndo(ui, 'Action card', () => actionCards.remove(id), ['actions']);
  }

  const canFollowUp = isStored && writtenActions(card).length > 0;
  return (
    <div class="screen stack action-editor">
      <ScreenHeader
        title={cardId ? 'Edit action card' : 'New action card'}
        back={{ href: hrefFor('actions'), label: 'Action cards' }}
      />
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          void finish();
        }}
      >
        <div class="form-grid">
          <Field id="card-date" label="Date">
            <input
              autocomplete="off"
              type="date"
              required
              value={card.date}
              onInput={(event) =>
                event.currentTarget.value && set('date', event.currentTarget.value)
              }
            />
          </Field>
          {targets.value && (
            <Field id="card-workshop" label="After the workshop (optional)">
              <select
                autocomplete="off"
                value={card.workshopId ?? ''}
                onChange={(event) =>
                  set('workshopId', (event.currentTarget.value || null) as WorkshopId | null)
                }
              >
                <option value="">None</option>
                {card.workshopId &&
                  !targets.value.workshops.some((w) => w.id === card.workshopId) && (
                    <option value={card.workshopId}>
                      {workshopLabel(targets.value, card.workshopId)}
                    </option>
                  )}
                {targets.value.workshops.map((w) => (
                  <option key={w.id} value={w.id}>
                    {workshopLabel(targets.value!, w.id)}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
        <Field id="card-heading" label="What I want to change">
          <input
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={card.heading}
            onInput={(event) => set('heading', event.currentTarget.value)}
          />
        </Field>
        <ActionFields card={card} onChange={update} />
        <div class="field">
          <label htmlFor="card-next-follow-up">Follow up on (optional)</label>
          <span class="hint" id="card-next-follow-up-hint">
            Otherwise the card is due at the next workshop, or when an action’s date passes.
          </span>
          <input
            autocomplete="off"
            id="card-next-follow-up"
            type="date"
            aria-describedby="card-next-follow-up-hint"
            value={card.nextFollowUpOn ?? ''}
            onInput={(event) => set('nextFollowUpOn', event.currentTarget.value || null)}
          />
        </div>
        <p class="save-state" role="status" aria-live="polite">
          {SAVE_STATE_TEXT[autosave.state]}
        </p>
        <div class="row">
          <Button variant="primary" type="submit">
            Done
          </Button>
          {canFollowUp && (
            <a class="btn" href={hrefFor('actions', 'follow-up', card.id)}>
              Follow up
            </a>
          )}
          <Button variant="danger" onClick={() => void deleteCard()}>
            {isStored ? 'Delete card' : 'Discard'}
          </Button>
        </div>
        <p class="hint">
          Saved automatically, encrypted with your journal. Spelling checks are off so no text
          leaves this device.
        </p>
      </form>
    </div>
  );
}
