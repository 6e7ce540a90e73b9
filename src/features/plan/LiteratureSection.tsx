import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { systemClock } from '../../domain/clock';
import { newId } from '../../domain/ids';
import { citation } from './series-calendar';
import type { GroupId, LiteratureId, LiteratureItem } from '../../domain/types';
import { LiteratureEditor } from './LiteratureEditor';
import { useLiterature } from './use-plan-data';
import { saveLiteratureItem } from './plan-changes';
import { Button } from '../../ui/Button';

/** A new, empty reading item for a group. */
export function makeLiteratureItem(groupId: GroupId): LiteratureItem {
  const now = systemClock.now();
  return {
    id: newId<LiteratureId>(),
    groupId,
    authors: '',
    year: '',
    title: '',
    source: '',
    link: '',
    summary: '',
    questions: [],
    createdAt: now,
    updatedAt: now,
  };
}

interface Props {
  groupId: GroupId;
}

/** The group's reading list: research and practice literature to discuss together. */
export function LiteratureSection({ groupId }: Props) {
  const { ui } = useAppState();
  const literature = useLiterature(groupId);
  const [openId, setOpenId] = useState<LiteratureId | null>(null);

  async function add() {
    const item = makeLiteratureItem(groupId);
    try {
      await saveLiteratureItem(item);
      setOpenId(item.id);
    } catch (error) {
      ui.reportError(error, 'add the reading');
    }
  }

  return (
    <section class="card stack" aria-labelledby="literature-heading">
      <h2 id="literature-heading">Reading list</h2>
      <p class="hint">
        Research or practice literature, handed out before a workshop and discussed in its
        literature phase. Attach items to workshops from each workshop’s page.
      </p>
      {literature.isLoaded && literature.value.length === 0 && (
        <p class="muted">Nothing on the reading list yet.</p>
      )}
      <ul class="reading-list">
        {literature.value.map((item) => (
          <li key={item.id}>
            {openId === item.id ? (
              <LiteratureEditor item={item} onClose={() => setOpenId(null)} />
            ) : (
              <Button
                variant="quiet"
                class="reading-summary"
                aria-expanded="false"
                onClick={() => setOpenId(item.id)}
              >
                {citation(item) || 'Untitled reading'}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <div class="row">
        <Button onClick={add}>Add a reading</Button>
      </div>
    </section>
  );
}
