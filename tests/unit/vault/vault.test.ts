import { describe, expect, it } from 'vitest';
import type { RecordId, VaultId } from '../../../src/domain/types';
import { WrongPassphraseError } from '../../../src/vault/errors';
import { newKdfParams } from '../../../src/vault/kdf';
import { createSealer } from '../../../src/vault/sealer';
import {
  changePassphrase,
  createVault,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from '../../../src/vault/vault';
import { CHEAP_ARGON2, CHEAP_PBKDF2 } from './fixtures';

const ID = 'v1' as VaultId;

async function makeVault(kdf = CHEAP_ARGON2, passphrase = 'correct horse battery staple') {
  return createVault({ id: ID, label: 'Mine', passphrase, now: 0, kdf });
}

describe('vault keys', () => {
  it('opens old entries with the passphrase and with the recovery key', async () => {
    const { vault, recoveryKey, key } = await makeVault();
    const record = await createSealer(key, ID).seal('journal-entry', 'e' as RecordId, 'hello');
    const byPassphrase = await unlockWithPassphrase(vault, 'correct horse battery staple');
    expect(await createSealer(byPassphrase, ID).open(record)).toBe('hello');
    const byRecovery = await unlockWithRecoveryKey(vault, recoveryKey.toLowerCase());
    expect(await createSealer(byRecovery, ID).open(record)).toBe('hello');
  });

  it('keeps the data key non-extractable after unlocking', async () => {
    const { vault, key } = await makeVault();
    expect(key.extractable).toBe(false);
    expect((await unlockWithPassphrase(vault, 'correct horse battery staple')).extractable).toBe(
      false,
    );
  });

  it('shows a recovery key of 256 bits in groups of four', async () => {
    const { recoveryKey, vault } = await makeVault();
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4} ){12}[A-Z2-7]{4}$/);
    expect(JSON.stringify(vault)).not.toContain(recoveryKey.replace(/ /g, '').slice(0, 8));
  });

  it('says a wrong passphrase or recovery key is wrong, and changes nothing', async () => {
    const { vault } = await makeVault();
    const before = structuredClone(vault);
    await expect(unlockWithPassphrase(vault, 'not the passphrase')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await expect(unlockWithRecoveryKey(vault, 'AAAA BBBB')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    const otherKey = (await makeVault()).recoveryKey;
    await expect(unlockWithRecoveryKey(vault, otherKey)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(vault).toEqual(before);
  });

  it('changes the passphrase by re-wrapping the data key only', async () => {
    const { vault, key, recoveryKey } = await makeVault();
    const record = await createSealer(key, ID).seal('journal-entry', 'e' as RecordId, 'old entry');
    const changed = await changePassphrase(
      vault,
      { passphrase: 'correct horse battery staple' },
      'a brand new long passphrase',
    );
    expect(changed.recoveryWrap).toEqual(vault.recoveryWrap);
    expect(changed.kdf.salt).not.toEqual(vault.kdf.salt);
    await expect(
      unlockWithPassphrase(changed, 'correct horse battery staple'),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
    const opened = await unlockWithPassphrase(changed, 'a brand new long passphrase');
    expect(await createSealer(opened, ID).open(record)).toBe('old entry');
    const recovered = await unlockWithRecoveryKey(changed, recoveryKey);
    expect(await createSealer(recovered, ID).open(record)).toBe('old entry');
    // With the recovery key, a forgotten passphrase can be replaced.
    const reset = await changePassphrase(changed, { recoveryKey }, 'after forgetting it all');
    expect(
      await createSealer(await unlockWithPassphrase(reset, 'after forgetting it all'), ID).open(
        record,
      ),
    ).toBe('old entry');
  });

  it('refuses to change the passphrase without the current one', async () => {
    const { vault } = await makeVault();
    await expect(
      changePassphrase(vault, { passphrase: 'wrong' }, 'a brand new long passphrase'),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('normalises passphrases, so ü typed either way opens the vault', async () => {
    const { vault } = await makeVault(CHEAP_ARGON2, 'gr\u00fcn und blau, immer');
    await expect(unlockWithPassphrase(vault, 'gru\u0308n und blau, immer')).resolves.toBeTruthy();
  });

  it('falls back to PBKDF2 without WebAssembly, and opens again once it is back', async () => {
    const wasm = globalThis.WebAssembly;
    // @ts-expect-error -- simulating a browser without WebAssembly (iPad Lockdown Mode)
    delete globalThis.WebAssembly;
    let params;
    try {
      params = newKdfParams();
    } finally {
      globalThis.WebAssembly = wasm;
    }
    expect(params.algorithm).toBe('pbkdf2-sha256');
    expect(params.iterations).toBeGreaterThanOrEqual(600_000);
    const { vault } = await makeVault({ ...CHEAP_PBKDF2 });
    await expect(unlockWithPassphrase(vault, 'correct horse battery staple')).resolves.toBeTruthy();
  });

  it('uses Argon2id with at least OWASP’s minimum cost by default', () => {
    const params = newKdfParams();
    expect(params.algorithm).toBe('argon2id');
    if (params.algorithm !== 'argon2id') return;
    expect(params.memoryKiB).toBeGreaterThanOrEqual(19 * 1024);
    expect(params.iterations).toBeGreaterThanOrEqual(2);
    expect(params.salt.length).toBe(16);
  });
});

describe('raising key-derivation costs later', () => {
  it('finds older, cheaper parameters weaker than today’s, and re-wraps to them', async () => {
    const { isWeakerThanCurrent, ARGON2ID_COST } = await import('../../../src/vault/kdf');
    expect(isWeakerThanCurrent(CHEAP_ARGON2)).toBe(true);
    expect(isWeakerThanCurrent(CHEAP_PBKDF2)).toBe(true);
    const today = { algorithm: 'argon2id' as const, ...ARGON2ID_COST, salt: new Uint8Array(16) };
    expect(isWeakerThanCurrent(today)).toBe(false);

    const { vault, key } = await makeVault(CHEAP_PBKDF2);
    const record = await createSealer(key, ID).seal('journal-entry', 'e' as RecordId, 'kept');
    const raised = await changePassphrase(
      vault,
      { passphrase: 'correct horse battery staple' },
      'correct horse battery staple',
      { ...CHEAP_ARGON2, iterations: 2, salt: new Uint8Array(16).fill(3) },
    );
    expect(raised.kdf.algorithm).toBe('argon2id');
    const opened = await unlockWithPassphrase(raised, 'correct horse battery staple');
    expect(await createSealer(opened, ID).open(record)).toBe('kept');
  });
});
