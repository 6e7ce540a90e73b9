import { useRef, useState } from 'preact/hooks';
import { Button } from '../../../ui/Button';

const SWIPE_PX = 48;

interface Props {
  cards: readonly string[];
  label: string;
  /** The card now on the room display, if one of these is. */
  shownCard?: string | null;
  /** Puts a card on the room display, or takes it off (null). */
  onShow?: (card: string | null) => void;
}

/**
 * Listener cue cards, large, one at a time: swipe left or right, or use the buttons (by
 * keyboard too). Cards are prompts for good questions, never a form to fill in. The
 * facilitator may put the card in hand on the room display, for the listeners to see.
 */
export function CueCards({ cards, label, shownCard = null, onShow }: Props) {
  const [at, setAt] = useState(0);
  const startX = useRef<number | null>(null);
  if (cards.length === 0) return null;
  const index = Math.min(at, cards.length - 1);
  const card = cards[index]!;
  const go = (next: number) => setAt(Math.max(0, Math.min(cards.length - 1, next)));
  const isShown = shownCard === card;

  return (
    <section class="run-cue-cards" aria-label={label}>
      <div
        class={`run-cue-card${isShown ? ' is-shown' : ''}`}
        onPointerDown={(e) => (startX.current = e.clientX)}
        onPointerUp={(e) => {
          if (startX.current === null) return;
          const dx = e.clientX - startX.current;
          startX.current = null;
          if (dx <= -SWIPE_PX) go(index + 1);
          if (dx >= SWIPE_PX) go(index - 1);
        }}
      >
        <p aria-live="polite">{card}</p>
      </div>
      <div class="row">
        <Button disabled={index === 0} onClick={() => go(index - 1)}>
          Previous card
        </Button>
        <span class="muted">
          Card {index + 1} of {cards.length}
        </span>
        <Button disabled={index >= cards.length - 1} onClick={() => go(index + 1)}>
          Next card
        </Button>
        {onShow &&
          (isShown ? (
            <Button onClick={() => onShow(null)}>Take this card off the room display</Button>
          ) : (
            <Button onClick={() => onShow(card)}>Show this card on the room display</Button>
          ))}
      </div>
    </section>
  );
}
