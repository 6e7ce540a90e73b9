import { useEffect, useState } from 'preact/hooks';
import type { VaultId } from '../../domain/types';
import type { EntryDraft } from '../../private/private-draft';
import { usePrivateStores } from '../../private/stores';

/** The journal's unfinished entry drafts, and how many could not be opened. */
export function useEntryDrafts(vaultId: VaultId) {
  const { drafts: draftStore } = usePrivateStores();
  const [drafts, setDrafts] = useState<EntryDraft[]>([]);
  const [damaged, setDamaged] = useState(0);
  useEffect(() => {
    draftStore.entryDrafts(vaultId).then(
      (found) => {
        setDrafts(found.drafts);
        setDamaged(found.damaged);
      },
      () => setDrafts([]),
    );
  }, [vaultId, draftStore]);
  return { drafts, damaged };
}
