// The app-wide action cards store, opened and locked with the journal's vault session:
// one passphrase opens a practitioner's journal and their action cards.
import { vaultSession } from '../journal/session';
import { createActionCardsStore } from './action-cards-store';

export const actionCards = createActionCardsStore(vaultSession);
