import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { citation } from '../../domain/series-calendar';
import type { LiteratureId, LiteratureItem, Workshop } from '../../domain/types';
import { LiteratureEditor } from './LiteratureEditor';
import { makeLiteratureItem } from './LiteratureSection';
import { addLiteratureToWorkshop, setLiteratureAttached } from './plan-changes';
import { Button } from '../../ui/Button';

interface Props {
  workshop: Workshop;
  literature: readonly LiteratureItem[];
}

/** The workshop's pre-reading: chosen from the group's reading list, or added here. */
export function WorkshopReading({ workshop, literature }: Props) {
  const { ui } = useAppState();
  const [openId, setOpenId] = useState<LiteratureId | null>(null);

  function toggle(id: LiteratureId, isAttached: boolean) {
    setLiteratureAttached(workshop.id, id, isAttached).catch((e: unknown) =>
      ui.reportError(e, 'change the pre-reading'),
    );
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

  return (
    <section class="card stack" aria-labelledby="reading-heading">
      <h2 id="reading-heading">Pre-reading</h2>
      <p class="hint">Handed out in advance and discussed in the literature phase.</p>
      {literature.length === 0 && <p class="muted">The group’s reading list is empty.</p>}
      <ul class="reading-list">
        {literature.map((item) => {
          const isAttached = workshop.literatureIds.includes(item.id);
          const checkboxId = `reading-${item.id}-attached`;
          return (
            <li key={item.id} class="stack">
              <div class="row reading-choice">
                <label class="check" htmlFor={checkboxId}>
                  <input
                    id={checkboxId}
                    type="checkbox"
                    checked={isAttached}
                    onChange={(e) => toggle(item.id, e.currentTarget.checked)}
                  />
                  {citation(item) || 'Untitled reading'}
                </label>
                {openId !== item.id && (
                  <Button
                    variant="quiet"
                    aria-label={`Edit ${item.title.trim() || 'untitled reading'}`}
                    onClick={() => setOpenId(item.id)}
                  >
                    Edit
                  </Button>
                )}
              </div>
              {openId === item.id && (
                <LiteratureEditor item={item} onClose={() => setOpenId(null)} />
              )}
            </li>
          );
        })}
      </ul>
      <div class="row">
        <Button onClick={addNew}>Add a new reading to this workshop</Button>
      </div>
    </section>
  );
}
