// The vaults on this device, and the best-effort marker that one existed (so the app can
// tell "never used" from "the browser cleared it" and offer a restore, R-1.3).
import { useLiveQuery } from '../../db/live';
import { listVaultHeaders } from '../../db/journal';
import type { Vault } from '../../vault/vault';

const MARKER = 'breathing-space:journal-existed';

export function useVaults() {
  return useLiveQuery(() => listVaultHeaders() as Promise<Vault[]>, [], [] as Vault[]);
}

export function markJournalExists(): void {
  try {
    localStorage.setItem(MARKER, '1');
  } catch {
    // Storage blocked: the reminder is best effort.
  }
}

export function forgetJournalExisted(): void {
  try {
    localStorage.removeItem(MARKER);
  } catch {
    // As above.
  }
}

export function journalExisted(): boolean {
  try {
    return localStorage.getItem(MARKER) === '1';
  } catch {
    return false;
  }
}
