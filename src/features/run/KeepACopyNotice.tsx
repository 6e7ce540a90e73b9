import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { systemClock } from '../../domain/clock';
import { isCopyDue } from '../../domain/copy-reminder';
import type { GroupId } from '../../domain/types';
import { KeepACopyCard } from '../../ui/KeepACopyCard';
import { putOffCopyReminder } from './run-data';
import { useCopyState } from './use-run-data';

/** After a workshop, on its record: the reminder to keep a copy of the group's file. */
export function KeepACopyNotice({ groupId }: { groupId: GroupId }) {
  const { ui } = useAppState();
  const state = useCopyState(groupId);
  if (!state.value || !isCopyDue(state.value)) return null;
  return (
    <KeepACopyCard
      saveHref={hrefFor('plan', 'group', groupId)}
      onNotNow={() =>
        void putOffCopyReminder(groupId, systemClock.now()).catch((error: unknown) =>
          ui.reportError(error, 'put off the reminder'),
        )
      }
    />
  );
}
