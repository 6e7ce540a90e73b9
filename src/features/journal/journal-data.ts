// The journal screens' way to storage: components never reach src/db themselves.
import { restoreSafetyMadeAt } from '../../db/journal';
import { useLiveQuery } from '../../db/live';
import type { VaultId } from '../../domain/types';

export {
  discardRestoreSafety,
  entryRecord,
  ForeignRecordError,
  latestEntryChange,
} from '../../db/journal';

/** When a replacing restore kept this journal's safety copy, or null if none is kept. */
export function useRestoreSafetyMadeAt(vaultId: VaultId) {
  return useLiveQuery(() => restoreSafetyMadeAt(vaultId), [vaultId], null);
}
