// The private tier's live state: the vault session and what it unlocks (the decrypted
// journal, action cards and sealed drafts). One set per app state, made the first time a
// private screen needs it, so the journal stays unlocked (and auto-locks) while the user
// visits other sections, and the first screen never loads this code.
import { useAppState, type AppState } from '../app/app-state';
import { createVaultSession } from '../vault/session';
import { createActionCardsStore } from './action-cards-store';
import { createJournalStore } from './journal-store';
import { createDraftStore } from './private-draft';
import { createResumeStore } from './use-private-draft';

function createPrivateStores() {
  const vaultSession = createVaultSession();
  return {
    vaultSession,
    journal: createJournalStore(vaultSession),
    drafts: createDraftStore(vaultSession),
    /** One passphrase opens a practitioner's journal and their action cards. */
    actionCards: createActionCardsStore(vaultSession),
    resume: createResumeStore(vaultSession),
  };
}

export type PrivateStores = ReturnType<typeof createPrivateStores>;

export function privateStoresOf(state: AppState): PrivateStores {
  return state.own(createPrivateStores);
}

export function usePrivateStores(): PrivateStores {
  return privateStoresOf(useAppState());
}
