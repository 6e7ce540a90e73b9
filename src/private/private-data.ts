// The private tier's way to storage for screens: components never reach src/db themselves.
import { listLinkTargets, type LinkTargets } from '../db/journal-links';
import { useLiveQuery } from '../db/live';

export type { LinkTargets };
export { deleteAllPrivateData, deleteVault, listVaultHeaders, putVaultHeader } from '../db/journal';

/** The workshops, incidents and readings a private record can link to, kept up to date. */
export function useLinkTargets() {
  return useLiveQuery(listLinkTargets, [], null);
}
