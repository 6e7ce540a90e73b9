// The vaults on this device, and the best-effort marker that one existed (so the app can
// tell "never used" from "the browser cleared it" and offer a restore, R-1.3).
import { useLiveQuery } from '../db/live';
import { getVaultHeader, listVaultHeaders } from '../db/journal';
import { WrongPassphraseError } from '../vault/errors';
import type { Vault } from '../vault/vault';

const MARKER = 'breathing-space:journal-existed';

export function useVaults() {
  return useLiveQuery(() => listVaultHeaders() as Promise<Vault[]>, [], [] as Vault[]);
}

/**
 * The vault's key material read straight from storage. Live-query results are for showing
 * names; their cached copies are not handed to Web Crypto or WebAssembly.
 */
export async function readVault(id: Vault['id']): Promise<Vault> {
  const vault = (await getVaultHeader(id)) as Vault | undefined;
  if (!vault) throw new WrongPassphraseError();
  return vault;
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
