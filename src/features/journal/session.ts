// This tab's vault session, decrypted journal and sealed drafts: one each for the whole app,
// so the journal stays unlocked (and auto-locks) while the user visits other sections.
import { createVaultSession } from '../../vault/session';
import { createJournalStore } from './journal-store';
import { createDraftStore } from './private-draft';

export const vaultSession = createVaultSession();
export const journal = createJournalStore(vaultSession);
export const drafts = createDraftStore(vaultSession);
