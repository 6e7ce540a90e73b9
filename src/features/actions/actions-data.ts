// The action card screens' way to storage: components never reach src/db themselves.
import { actionCardsStamp } from '../../db/action-cards';
import { useLiveQuery } from '../../db/live';
import type { VaultId } from '../../domain/types';

/**
 * A stamp that changes whenever this journal's stored cards do (in this tab or another), so
 * the open cards can be read again; null until first read.
 */
export function useActionCardsStamp(vaultId: VaultId | null) {
  return useLiveQuery(
    () => (vaultId ? actionCardsStamp(vaultId) : Promise.resolve('')),
    [vaultId],
    null,
  );
}
