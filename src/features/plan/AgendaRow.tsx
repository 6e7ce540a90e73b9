import type { AgendaItem, Incident } from '../../domain/types';
import { CheckedField } from '../../ui/CheckedField';
import { Button } from '../../ui/Button';

interface Props {
  item: AgendaItem;
  index: number;
  count: number;
  start: string;
  end: string;
  incident: Incident | undefined;
  dragOffset: number;
  isDragging: boolean;
  onHandlePointerDown: (event: PointerEvent) => void;
  /**
   * Moves this item to `target(at, count)`, where `at` is its position in the stored agenda
   * when the move is applied: quick repeated presses each count, even before a re-render.
   */
  onMove: (target: (at: number, count: number) => number) => void;
  onChange: (patch: Partial<Omit<AgendaItem, 'id'>>) => void;
  onRemove: () => void;
}

const KEY_MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowUp: (i) => i - 1,
  ArrowDown: (i) => i + 1,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** One agenda item: its clock times, title and minutes, and ways to move or remove it. */
export function AgendaRow(props: Props) {
  const { item, index, count, start, end, incident, onMove, onChange } = props;
  const id = (name: string) => `agenda-${item.id}-${name}`;

  function onHandleKey(event: KeyboardEvent) {
    const target = KEY_MOVES[event.key];
    if (!target) return;
    event.preventDefault();
    onMove(target);
  }

  return (
    <li
      class={`agenda-row kind-${item.kind}${props.isDragging ? ' is-dragging' : ''}`}
      style={props.dragOffset ? { transform: `translateY(${props.dragOffset}px)` } : undefined}
    >
      <Button
        variant="quiet"
        class="drag-handle"
        id={id('handle')}
        aria-label={`Reorder ${item.title}, position ${index + 1} of ${count}`}
        aria-describedby="agenda-heading"
        onPointerDown={props.onHandlePointerDown}
        onKeyDown={onHandleKey}
      >
        <span aria-hidden="true">⠿</span>
      </Button>
      <p class="agenda-times">
        {start}–{end}
      </p>
      <div class="agenda-main">
        <CheckedField
          id={id('title')}
          label={`Title of item ${index + 1}`}
          value={item.title}
          onSave={async (title) => onChange({ title })}
        />
        {item.kind === 'incident' && (
          <p class="hint">
            {incident
              ? `Incident: ${incident.title.trim() || 'title to come'}`
              : 'No incident planned in this slot yet (see Critical incidents below).'}
          </p>
        )}
      </div>
      <div class="field agenda-minutes">
        <label htmlFor={id('minutes')}>
          Minutes<span class="visually-hidden"> for {item.title}</span>
        </label>
        <input
          id={id('minutes')}
          type="number"
          inputMode="numeric"
          min={5}
          max={480}
          step={5}
          value={item.minutes}
          onChange={(e) => onChange({ minutes: Number(e.currentTarget.value) })}
        />
      </div>
      <div class="agenda-actions">
        <Button
          variant="quiet"
          aria-label={`Move ${item.title} up`}
          disabled={index === 0}
          onClick={() => onMove((at) => at - 1)}
        >
          <span aria-hidden="true">↑</span>
        </Button>
        <Button
          variant="quiet"
          aria-label={`Move ${item.title} down`}
          disabled={index === count - 1}
          onClick={() => onMove((at) => at + 1)}
        >
          <span aria-hidden="true">↓</span>
        </Button>
        <Button variant="quiet" aria-label={`Remove ${item.title}`} onClick={props.onRemove}>
          Remove
        </Button>
      </div>
    </li>
  );
}
