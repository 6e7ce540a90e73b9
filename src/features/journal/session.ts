// This tab's vault session and decrypted journal: one each for the whole app, so the
// journal stays unlocked (and auto-locks) while the user visits other sections.
import { createVaultSession } from '../../vault/session';
import { createJournalStore } from './journal-store';

export const vaultSession = createVaultSession();
export const journal = createJournalStore(vaultSession);
