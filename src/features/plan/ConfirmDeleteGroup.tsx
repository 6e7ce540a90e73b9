import { useEffect, useState } from 'preact/hooks';
import { countGroupMaterial, type GroupCounts } from './share/share-data';
import type { GroupId } from '../../domain/types';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

interface Props {
  groupId: GroupId;
  name: string;
  isOpen: boolean;
  onDelete: () => void;
  onKeep: () => void;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/**
 * Deleting a whole group, said plainly before it is done: what goes, what stays (everyone's
 * journal), and that a saved group file or Undo brings it back. Keeping it is the easy way out.
 */
export function ConfirmDeleteGroup({ groupId, name, isOpen, onDelete, onKeep }: Props) {
  const [counts, setCounts] = useState<GroupCounts | null>(null);
  useEffect(() => {
    if (isOpen) void countGroupMaterial(groupId).then(setCounts, () => setCounts(null));
  }, [groupId, isOpen]);
  return (
    <Dialog
      title={`Delete “${name || 'Untitled group'}” from this tablet?`}
      isOpen={isOpen}
      onClose={onKeep}
    >
      <div class="stack">
        {counts && (
          <p>
            This deletes its members and agreements, {plural(counts.series, 'series', 'series')},{' '}
            {plural(counts.workshops, 'workshop')}, {plural(counts.readings, 'reading')},{' '}
            {plural(counts.incidents, 'incident')} and {plural(counts.records, 'session record')}.
          </p>
        )}
        <p>
          Journals and action cards are not touched: entries linked to this group stay, and say the
          link is no longer on this device. Copies on other tablets stay as they are.
        </p>
        <p class="hint">You can undo straight afterwards, or open a saved group file later.</p>
        <div class="row">
          <Button onClick={onKeep}>Keep the group</Button>
          <Button variant="danger" onClick={onDelete}>
            Delete the group
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
