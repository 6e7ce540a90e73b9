// The decrypted action cards, held in memory only while the vault is unlocked. Cards that
// fail to open are counted, never dropped and never blocking the rest.
import { signal } from '@preact/signals';
import { actionCardRecords, deleteActionCardRecord, putActionCardRecord } from '../db/action-cards';
import { requestPersistenceOnce } from '../db/storage';
import type { ActionCard } from '../domain/action-cards';
import { parseActionCard } from '../domain/private-records';
import type { RecordId, VaultId } from '../domain/types';
import type { VaultSession } from '../vault/session';

export function createActionCardsStore(session: VaultSession) {
  const cards = signal<ReadonlyMap<RecordId, ActionCard>>(new Map());
  const corrupt = signal(0);
  const status = signal<'idle' | 'loading' | 'ready'>('idle');
  let generation = 0;

  session.onLocked(() => {
    generation += 1;
    cards.value = new Map();
    corrupt.value = 0;
    status.value = 'idle';
  });

  /** Opens every card of the vault (again, when another tab changed one). */
  async function load(vaultId: VaultId): Promise<void> {
    if (!session.isUnlocked()) return;
    const current = (generation += 1);
    // A refresh keeps showing what is open until the new set is ready.
    if (status.peek() === 'idle') status.value = 'loading';
    try {
      const sealer = session.sealer();
      const records = await actionCardRecords(vaultId);
      const results = await Promise.allSettled(records.map((r) => sealer.open(r)));
      // Locked meanwhile: what was opened is dropped with the key.
      if (current !== generation) return;
      // A card that opens but is not a card (or claims another's id) is counted, not shown.
      const opened = results.flatMap((r, i) => {
        const card = r.status === 'fulfilled' ? parseActionCard(r.value) : null;
        return card && card.id === records[i]!.id ? [card] : [];
      });
      cards.value = new Map(opened.map((card) => [card.id, card]));
      corrupt.value = results.length - opened.length;
      status.value = 'ready';
    } catch (error) {
      if (current !== generation) return;
      status.value = 'idle';
      throw error;
    }
  }

  function put(card: ActionCard) {
    const next = new Map(cards.value);
    next.set(card.id, card);
    cards.value = next;
  }

  /** Seals and saves a card. */
  async function save(card: ActionCard): Promise<void> {
    const record = await session.sealer().seal('action-card', card.id, card);
    await putActionCardRecord(record);
    if (session.isUnlocked()) put(card);
    void requestPersistenceOnce().catch(() => undefined);
  }

  /** Deletes a card; the returned function puts it back exactly as it was. */
  async function remove(id: RecordId): Promise<() => Promise<void>> {
    const card = cards.value.get(id);
    const record = await deleteActionCardRecord(id);
    const next = new Map(cards.value);
    next.delete(id);
    cards.value = next;
    return async () => {
      if (!record) return;
      await putActionCardRecord(record);
      if (card && session.isUnlocked()) put(card);
    };
  }

  return { cards, corrupt, status, load, save, remove };
}
