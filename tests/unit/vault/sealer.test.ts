import { describe, expect, it } from 'vitest';
import type { RecordId, SealedRecord, VaultId } from '../../../src/domain/types';
import { IvReuseError, TamperedRecordError } from '../../../src/vault/errors';
import { createSealer } from '../../../src/vault/sealer';

const VAULT = 'vault-a' as VaultId;

async function newKey() {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function bytesOf(record: SealedRecord): Uint8Array {
  return new Uint8Array(record.ct);
}

function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

describe('sealer', () => {
  it('round-trips text in any language, emoji and a megabyte', async () => {
    const sealer = createSealer(await newKey(), VAULT);
    const values = [
      'plain ASCII',
      'Ysgol Gymraeg â ê î ô ŵ ŷ; Zażółć gęślą jaźń',
      'Feeling 😟 then 🙂',
      'x'.repeat(1_000_000),
      { nested: ['a', 1, null], ok: true },
    ];
    for (const [i, value] of values.entries()) {
      const record = await sealer.seal('journal-entry', `r${i}` as RecordId, value);
      expect(await sealer.open(record)).toEqual(value);
    }
  });

  it('keeps the plaintext out of the sealed record', async () => {
    const sealer = createSealer(await newKey(), VAULT);
    const canary = 'ZZ-CANARY-plaintext-check';
    const record = await sealer.seal('journal-entry', 'r1' as RecordId, { text: canary });
    expect(containsBytes(bytesOf(record), new TextEncoder().encode(canary))).toBe(false);
    expect(JSON.stringify({ ...record, ct: [...bytesOf(record)] })).not.toContain(canary);
    expect(Object.keys(record).sort()).toEqual([
      'ct',
      'id',
      'iv',
      'kind',
      'updatedAt',
      'v',
      'vaultId',
    ]);
  });

  it('uses a fresh IV for every write of the same text', async () => {
    const sealer = createSealer(await newKey(), VAULT);
    const ivs = new Set<string>();
    const cts = new Set<string>();
    for (let i = 0; i < 2_000; i += 1) {
      const record = await sealer.seal('draft', 'same' as RecordId, 'same text');
      ivs.add(record.iv.join(','));
      cts.add(bytesOf(record).join(','));
    }
    expect(ivs.size).toBe(2_000);
    expect(cts.size).toBe(2_000);
  });

  it('refuses to encrypt when the random source repeats an IV', async () => {
    const stuck = () => new Uint8Array(12).fill(1);
    const sealer = createSealer(await newKey(), VAULT, { random: stuck });
    await sealer.seal('draft', 'a' as RecordId, 'one');
    await expect(sealer.seal('draft', 'b' as RecordId, 'two')).rejects.toBeInstanceOf(IvReuseError);
  });

  it('rejects a wrong key', async () => {
    const record = await createSealer(await newKey(), VAULT).seal(
      'journal-entry',
      'r1' as RecordId,
      'secret',
    );
    await expect(createSealer(await newKey(), VAULT).open(record)).rejects.toBeInstanceOf(
      TamperedRecordError,
    );
  });

  it('catches a flipped bit in the ciphertext or the IV', async () => {
    const sealer = createSealer(await newKey(), VAULT);
    const record = await sealer.seal('journal-entry', 'r1' as RecordId, 'secret');
    const ct = new Uint8Array(record.ct.slice(0));
    ct[3]! ^= 1;
    await expect(sealer.open({ ...record, ct: ct.buffer })).rejects.toBeInstanceOf(
      TamperedRecordError,
    );
    const iv = record.iv.slice();
    iv[0]! ^= 0x80;
    await expect(sealer.open({ ...record, iv })).rejects.toBeInstanceOf(TamperedRecordError);
  });

  it('catches records swapped between ids, kinds, versions or vaults', async () => {
    const key = await newKey();
    const sealer = createSealer(key, VAULT);
    const a = await sealer.seal('journal-entry', 'a' as RecordId, 'entry A');
    const b = await sealer.seal('journal-entry', 'b' as RecordId, 'entry B');
    const swapped = { ...a, iv: b.iv, ct: b.ct };
    const error = await sealer.open(swapped).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TamperedRecordError);
    expect((error as TamperedRecordError).recordId).toBe('a');
    await expect(sealer.open({ ...a, kind: 'draft' })).rejects.toBeInstanceOf(TamperedRecordError);
    await expect(sealer.open({ ...a, v: 2 })).rejects.toBeInstanceOf(TamperedRecordError);
    const other = createSealer(key, 'vault-b' as VaultId);
    await expect(other.open({ ...a, vaultId: 'vault-b' as VaultId })).rejects.toBeInstanceOf(
      TamperedRecordError,
    );
  });
});
