// What the sharing screens read and write, in one place: the screens never touch storage.
import { useLiveQuery } from '../../../db/live';
import { putOffCopyReminder, readCopyState } from '../../../db/group-file';
import type { GroupId } from '../../../domain/types';

export { importGroupMaterial, previewGroupImport } from '../../../db/group-file';
export { takeSharedFile } from '../../../db/inbox';
export { countGroupMaterial, type GroupCounts } from '../../../db/group-file';
export { putOffCopyReminder };

/** When the group's file was last kept, and its latest workshop held, kept up to date. */
export function useCopyState(groupId: GroupId) {
  return useLiveQuery(() => readCopyState(groupId), [groupId]);
}
