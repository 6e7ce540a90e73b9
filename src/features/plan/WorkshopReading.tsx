import { useEffect, useRef, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { systemClock } from '../../domain/clock';
import { moveReading, readingInOrder } from '../../domain/pre-reading';
import { citation } from './series-calendar';
import type { LiteratureId, LiteratureItem, Workshop } from '../../domain/types';
import { LiteratureEditor } from './LiteratureEditor';
import { makeLiteratureItem } from './LiteratureSection';
import { addLiteratureToWorkshop, setLiteratureAttached, updateWorkshop } from './plan-changes';
import { Button } from '../../ui/Button';

interface Props {
  workshop: Workshop;
  literature: readonly LiteratureItem[];
}

/**
 * The workshop's pre-reading, in the order the pack and run mode show it, with buttons to
 * move each item; below, the rest of the group's reading list to choose from.
 */
export function WorkshopReading({ workshop, literature }: Props) {
  const { ui } = useAppState();
  const [openId, setOpenId] = useState<LiteratureId | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The control to focus once the stored order has changed: a moved item's button, or a
  // ticked item's box in its new list.
  const focusAfter = useRef<{ id: string; otherwise?: string } | null>(null);
  const chosen = readingInOrder(workshop, literature);
  const others = literature.filter((item) => !workshop.literatureIds.includes(item.id));

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const element = document.getElementById(target.id) as HTMLButtonElement | null;
    if (element && !element.disabled) element.focus();
    else if (target.otherwise) document.getElementById(target.otherwise)?.focus();
  }, [workshop.literatureIds]);

  function toggle(id: LiteratureId, isAttached: boolean) {
    focusAfter.current = { id: `reading-${id}-attached` };
    setLiteratureAttached(workshop.id, id, isAttached).catch((e: unknown) =>
      ui.reportError(e, 'change the pre-reading'),
    );
  }

  function move(item: LiteratureItem, by: -1 | 1) {
    const [button, otherButton] = by < 0 ? ['up', 'down'] : ['down', 'up'];
    focusAfter.current = {
      id: `reading-${item.id}-${button}`,
      otherwise: `reading-${item.id}-${otherButton}`,
    };
    updateWorkshop(
      workshop.id,
      (current) => {
        const literatureIds = moveReading(current.literatureIds, item.id, by);
        const position = literatureIds.indexOf(item.id) + 1;
        setAnnouncement(
          `${titleOf(item)} moved to position ${position} of ${literatureIds.length}.`,
        );
        return { literatureIds };
      },
      systemClock.now(),
    ).catch((e: unknown) => ui.reportError(e, 'change the order of the reading'));
  }

  async function addNew() {
    if (!workshop.groupId) return;
    const item = makeLiteratureItem(workshop.groupId);
    try {
      await addLiteratureToWorkshop(item, workshop.id);
      setOpenId(item.id);
    } catch (error) {
      ui.reportError(error, 'add the reading');
    }
  }

  const row = (item: LiteratureItem, index: number | null) => (
    <li key={item.id} class="stack">
      <div class="row reading-choice">
        {/* The list says its order to a screen reader; this shows it. */}
        {index !== null && (
          <span class="reading-number" aria-hidden="true">
            {index + 1}.
          </span>
        )}
        <ReadingCheckbox item={item} isAttached={index !== null} onToggle={toggle} />
        {index !== null && chosen.length > 1 && (
          <span class="reading-moves">
            <Button
              variant="quiet"
              id={`reading-${item.id}-up`}
              aria-label={`Move ${titleOf(item)} up`}
              disabled={index === 0}
              onClick={() => move(item, -1)}
            >
              <span aria-hidden="true">↑</span>
            </Button>
            <Button
              variant="quiet"
              id={`reading-${item.id}-down`}
              aria-label={`Move ${titleOf(item)} down`}
              disabled={index === chosen.length - 1}
              onClick={() => move(item, 1)}
            >
              <span aria-hidden="true">↓</span>
            </Button>
          </span>
        )}
        {openId !== item.id && (
          <Button
            variant="quiet"
            aria-label={`Edit ${titleOf(item)}`}
            onClick={() => setOpenId(item.id)}
          >
            Edit
          </Button>
        )}
      </div>
      {openId === item.id && <LiteratureEditor item={item} onClose={() => setOpenId(null)} />}
    </li>
  );

  return (
    <section class="card stack" aria-labelledby="reading-heading">
      <h2 id="reading-heading">Pre-reading</h2>
      <p class="hint">
        Handed out in advance and discussed in the literature phase, in this order: the pack and run
        mode follow it.
      </p>
      {chosen.length === 0 ? (
        <p class="muted">No reading chosen for this workshop yet.</p>
      ) : (
        <ol class="reading-list" aria-label="Pre-reading for this workshop, in order">
          {chosen.map((item, index) => row(item, index))}
        </ol>
      )}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {/* Choosing more: a read-only plan leaves this out. */}
      <div class="stack reading-others">
        <h3 id="reading-others-heading">From the group’s reading list</h3>
        {others.length === 0 ? (
          <p class="muted">
            {literature.length === 0
              ? 'The group’s reading list is empty.'
              : 'Every reading on the list is chosen.'}
          </p>
        ) : (
          <ul class="reading-list" aria-labelledby="reading-others-heading">
            {others.map((item) => row(item, null))}
          </ul>
        )}
      </div>
      <div class="row">
        <Button onClick={addNew}>Add a new reading to this workshop</Button>
      </div>
    </section>
  );
}

function titleOf(item: LiteratureItem): string {
  return item.title.trim() || 'untitled reading';
}

interface CheckboxProps {
  item: LiteratureItem;
  isAttached: boolean;
  onToggle: (id: LiteratureId, isAttached: boolean) => void;
}

/** Ticked: the reading is part of this workshop's pre-reading. */
function ReadingCheckbox({ item, isAttached, onToggle }: CheckboxProps) {
  const checkboxId = `reading-${item.id}-attached`;
  return (
    <label class="check" htmlFor={checkboxId}>
      <input
        id={checkboxId}
        type="checkbox"
        checked={isAttached}
        onChange={(e) => onToggle(item.id, e.currentTarget.checked)}
      />
      {citation(item) || 'Untitled reading'}
    </label>
  );
}
