import { hrefFor } from '../../app/router';
import { useLinkTargets } from '../../private/private-data';
import {
  lastFollowedUpOn,
  progressOf,
  progressSummary,
  sortCards,
  workshopDatesFor,
  writtenActions,
  type ActionCard,
  type DueStatus,
} from '../../domain/action-cards';
import { deviceToday } from '../../domain/time-zone';
import { systemClock } from '../../domain/clock';
import { workshopLabel } from '../../private/LinkFields';
import { dueLabel, formatDate, PROGRESS_LABELS, progressSummaryText } from './card-labels';
import { usePrivateStores } from '../../private/stores';
import { Button } from '../../ui/Button';
import { ScreenHeader } from '../../ui/ScreenHeader';

/** The cards: open ones with follow-ups due first, then the done ones. */
export function CardList() {
  const { actionCards, vaultSession } = usePrivateStores();
  const targets = useLinkTargets();
  const today = deviceToday(systemClock.now());
  const workshops = targets.value?.workshops ?? [];
  const { open, done } = sortCards([...actionCards.cards.value.values()], today, (card) =>
    workshopDatesFor(card, workshops),
  );
  const corrupt = actionCards.corrupt.value;
  const dueNow = open.filter(({ due }) => due.level === 'overdue' || due.level === 'due').length;
  const label = (id: string) => (targets.value ? workshopLabel(targets.value, id) : null);

  return (
    <div class="screen stack">
      <ScreenHeader
        title="Action cards"
        lede="Up to three actions after a workshop, then back to them: how far did you get, what helped, what hindered."
        actions={
          <>
            <a class="btn btn-primary" href={hrefFor('actions', 'new')}>
              New card
            </a>
            <a class="btn" href={hrefFor('actions', 'pass-on')}>
              Pass on to the follow-up
            </a>
            <Button onClick={() => void vaultSession.lock('manual')}>Lock now</Button>
          </>
        }
      />
      {dueNow > 0 && (
        <p class="card notice-warning" role="status">
          {dueNow === 1 ? 'One card is' : `${dueNow} cards are`} ready to follow up.
        </p>
      )}
      {corrupt > 0 && (
        <div class="card notice-warning" role="alert">
          <h2>Some cards could not be opened</h2>
          <p>
            {corrupt === 1 ? 'One card' : `${corrupt} cards`} could not be decrypted: damaged or
            altered. They are kept on this device untouched; restoring a backup may bring back a
            good copy.
          </p>
        </div>
      )}
      {open.length === 0 && done.length === 0 ? (
        <div class="empty-state">
          <p>No action cards yet. After a workshop, set up to three actions to follow up.</p>
        </div>
      ) : (
        <>
          <section class="stack" aria-labelledby="open-cards-heading">
            <h2 id="open-cards-heading">Open</h2>
            {open.length === 0 ? (
              <p class="muted">Every card is done.</p>
            ) : (
              <ul class="action-cards">
                {open.map(({ card, due }) => (
                  <CardSummary key={card.id} card={card} due={due} workshop={label} />
                ))}
              </ul>
            )}
          </section>
          {done.length > 0 && (
            <section class="stack" aria-labelledby="done-cards-heading">
              <h2 id="done-cards-heading">Done</h2>
              <ul class="action-cards">
                {done.map((card) => (
                  <CardSummary key={card.id} card={card} workshop={label} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

function CardSummary({
  card,
  due,
  workshop,
}: {
  card: ActionCard;
  due?: DueStatus;
  workshop: (id: string) => string | null;
}) {
  const summary = progressSummary(card);
  const last = lastFollowedUpOn(card);
  const dueText = due ? dueLabel(due) : null;
  const actions = writtenActions(card);
  const headingId = `card-${card.id}-heading`;
  return (
    <li class="action-card card stack">
      <div class="action-card-top">
        <h3 id={headingId}>
          <a href={hrefFor('actions', 'card', card.id)}>{card.heading.trim() || 'Untitled card'}</a>
        </h3>
        {dueText && (
          <span class={`badge ${due?.level === 'upcoming' ? '' : 'badge-warn'}`}>{dueText}</span>
        )}
      </div>
      <p class="muted">
        {formatDate(card.date)}
        {card.workshopId && ` · ${workshop(card.workshopId) ?? ''}`}
        {' · '}
        {last ? `Last followed up ${formatDate(last)}` : 'Not followed up yet'}
      </p>
      {actions.length > 0 && (
        <ol class="action-card-actions">
          {actions.map((action) => (
            <li key={action.id}>
              <span>{action.text}</span>{' '}
              <span class="badge">{PROGRESS_LABELS[progressOf(action)]}</span>
              {action.byWhen && <span class="muted"> by {formatDate(action.byWhen)}</span>}
            </li>
          ))}
        </ol>
      )}
      <div class="row action-card-progress">
        <progress
          max={100}
          value={summary.percent}
          aria-label={`Progress: ${progressSummaryText(summary)}`}
        >
          {summary.percent}%
        </progress>
        <span>{progressSummaryText(summary)}</span>
      </div>
      {actions.length > 0 && (
        <p class="row">
          <a
            class="btn"
            href={hrefFor('actions', 'follow-up', card.id)}
            aria-label={`Follow up: ${card.heading.trim() || 'untitled card'}`}
          >
            Follow up
          </a>
        </p>
      )}
    </li>
  );
}
