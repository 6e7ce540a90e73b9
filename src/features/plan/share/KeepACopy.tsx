import { useAppState } from '../../../app/app-state';
import { systemClock } from '../../../domain/clock';
import { isCopyDue } from '../../../domain/copy-reminder';
import type { GroupId } from '../../../domain/types';
import { KeepACopyCard } from '../../../ui/KeepACopyCard';
import { putOffCopyReminder, useCopyState } from './share-data';

/** On the group's page: the reminder to keep a copy, when a workshop has been held since. */
export function KeepACopyReminder({ groupId }: { groupId: GroupId }) {
  const { ui } = useAppState();
  const state = useCopyState(groupId);
  if (!state.value || !isCopyDue(state.value)) return null;
  return (
    <KeepACopyCard
      onNotNow={() =>
        void putOffCopyReminder(groupId, systemClock.now()).catch((error: unknown) =>
          ui.reportError(error, 'put off the reminder'),
        )
      }
    />
  );
}
