import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import {
  AGENDA_KIND_TITLES,
  agendaDifference,
  agendaTotalMinutes,
  withClockTimes,
} from '../../domain/agenda';
import { addItem, incidentSlots, moveItem, removeItem, updateItem } from '../../domain/agenda-edit';
import { fitToLength } from '../../domain/agenda-fit';
import { systemClock } from '../../domain/clock';
import { formatDuration, formatLocalTime } from '../../ui/dates';
import type { AgendaItem, AgendaItemKind, Incident, Workshop } from '../../domain/types';
import { AgendaRow } from './AgendaRow';
import { useDragToReorder } from './use-drag-to-reorder';
import { updateWorkshop } from './plan-changes';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

const KINDS = Object.keys(AGENDA_KIND_TITLES) as AgendaItemKind[];
const MAX_INCIDENT_SLOTS = 2;

interface Props {
  workshop: Workshop;
  incidents: readonly Incident[];
}

/**
 * The workshop's agenda: phases in order with their minutes and clock times. Reorder by
 * dragging a handle, by its arrow keys, or with the up and down buttons.
 */
export function AgendaEditor({ workshop, incidents }: Props) {
  const { ui } = useAppState();
  const [announcement, setAnnouncement] = useState('');
  const [newKind, setNewKind] = useState<AgendaItemKind>('custom');
  const focusAfterMove = useRef<string | null>(null);
  const agenda = workshop.agenda;
  const timed = withClockTimes(agenda, workshop.startTime);
  const difference = agendaDifference(agenda, workshop.lengthMinutes);
  const canAddIncident = incidentSlots(agenda).length < MAX_INCIDENT_SLOTS;

  function change(edit: (items: AgendaItem[]) => AgendaItem[], changes: Partial<Workshop> = {}) {
    return updateWorkshop(
      workshop.id,
      (current) => ({ ...changes, agenda: edit(current.agenda) }),
      systemClock.now(),
    ).catch((error: unknown) => ui.reportError(error, 'change the agenda'));
  }

  function move(from: number, to: number) {
    const item = agenda[from];
    if (item) moveItemTo(item, () => to);
  }

  // The target is resolved against the stored agenda, not this render's, so two quick
  // presses of an arrow key move the item two places.
  function moveItemTo(item: AgendaItem, target: (at: number, count: number) => number) {
    focusAfterMove.current = item.id;
    void change((items) => {
      const at = items.findIndex((i) => i.id === item.id);
      const to = target(at, items.length);
      if (at === -1 || to < 0 || to >= items.length || to === at) return items;
      setAnnouncement(`${item.title} moved to position ${to + 1} of ${items.length}.`);
      return moveItem(items, at, to);
    });
  }

  const drag = useDragToReorder(agenda.length, move);

  // Keep focus on the moved item's handle, so arrow keys can carry on moving it.
  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    focusAfterMove.current = null;
    document.getElementById(`agenda-${id}-handle`)?.focus();
  }, [agenda]);

  function remove(item: AgendaItem, index: number) {
    void change((items) => removeItem(items, item.id)).then(() =>
      ui.notify('Agenda item removed.', {
        action: {
          label: 'Undo',
          run: () =>
            void change((items) =>
              items.some((i) => i.id === item.id)
                ? items
                : [...items.slice(0, index), item, ...items.slice(index)],
            ),
        },
      }),
    );
  }

  // Fitted against the stored agenda; when even the shortest sensible phases are too long,
  // nothing changes and the facilitator is told why.
  function fit() {
    const length = formatDuration(workshop.lengthMinutes);
    let overMinutes = 0;
    void change((items) => {
      const result = fitToLength(items, workshop.lengthMinutes);
      overMinutes = result.fits ? 0 : result.overMinutes;
      return result.fits ? result.items : items;
    }).then(() => {
      if (overMinutes > 0) {
        ui.notify(
          `The agenda cannot fit into ${length} without making phases too short to hold (individual reflection and breaks keep their time). Remove an item, or make the workshop longer.`,
        );
      } else if (overMinutes < 0) {
        ui.notify(`Add a phase to the agenda first: breaks alone cannot fill ${length}.`);
      }
    });
  }

  function add(event: Event) {
    event.preventDefault();
    if (newKind === 'incident' && !canAddIncident) return;
    setAnnouncement(`${AGENDA_KIND_TITLES[newKind]} added at the end.`);
    void change((items) => addItem(items, newKind));
  }

  return (
    <section class="card stack" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">Agenda</h2>
      <p class="hint edit-hint">
        Drag a handle (⠿) to reorder, or focus it and use the arrow keys. Times follow from the
        start time and each item’s minutes.
      </p>
      <ol class="agenda-list" ref={drag.listRef}>
        {timed.map(({ item, start, end }, index) => (
          <AgendaRow
            key={item.id}
            item={item}
            index={index}
            count={agenda.length}
            start={formatLocalTime(start)}
            end={formatLocalTime(end)}
            incident={incidents.find((i) => i.id === item.incidentId)}
            dragOffset={drag.offsetFor(index)}
            isDragging={drag.draggingIndex === index}
            onHandlePointerDown={(event) => drag.start(event, index)}
            onMove={(target) => moveItemTo(item, target)}
            onChange={(patch) => change((items) => updateItem(items, item.id, patch))}
            onRemove={() => remove(item, index)}
          />
        ))}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <AgendaTotal
        total={agendaTotalMinutes(agenda)}
        length={workshop.lengthMinutes}
        difference={difference}
        onFit={fit}
        onStretch={() => change((items) => items, { lengthMinutes: agendaTotalMinutes(agenda) })}
      />
      <form class="row agenda-add" onSubmit={add}>
        <Field id="agenda-new-kind" label="Add to the agenda">
          <select
            value={newKind}
            onChange={(e) => setNewKind(e.currentTarget.value as AgendaItemKind)}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind} disabled={kind === 'incident' && !canAddIncident}>
                {kind === 'custom' ? 'Something else' : AGENDA_KIND_TITLES[kind]}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit">Add</Button>
      </form>
    </section>
  );
}

interface TotalProps {
  total: number;
  length: number;
  difference: number;
  onFit: () => void;
  onStretch: () => void;
}

/** The agenda's total against the workshop's length, and two ways to make them agree. */
function AgendaTotal({ total, length, difference, onFit, onStretch }: TotalProps) {
  if (difference === 0) {
    return (
      <p class="agenda-total" data-testid="agenda-total">
        <span class="badge badge-good">Total {formatDuration(total)}</span> — exactly the workshop’s
        length.
      </p>
    );
  }
  const howMuch = formatDuration(Math.abs(difference));
  return (
    <div class="agenda-total stack" data-testid="agenda-total">
      <p>
        <span class="badge badge-warn">Total {formatDuration(total)}</span>{' '}
        {difference > 0
          ? `— ${howMuch} longer than the workshop (${formatDuration(length)}).`
          : `— ${howMuch} shorter than the workshop (${formatDuration(length)}).`}
      </p>
      <div class="row">
        <Button onClick={onFit}>Fit the agenda into {formatDuration(length)}</Button>
        <Button onClick={onStretch}>Make the workshop {formatDuration(total)}</Button>
      </div>
    </div>
  );
}
