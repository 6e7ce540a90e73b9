// no Web Crypto inside a database transaction. Storage code never sees a key (no
// import of src/vault in src/db), and vault code never opens a transaction (no Dexie or db
// import in src/vault), so sealing and opening always happen outside transactions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(SRC, dir)).flatMap((name) =>
    /\.tsx?$/.test(name)
      ? [{ path: `${dir}/${name}`, text: readFileSync(join(SRC, dir, name), 'utf8') }]
      : [],
  );
}

describe('crypto and storage stay apart', () => {
  it('src/db never imports the vault or uses Web Crypto', () => {
    for (const { path, text } of sources('db')) {
      expect(text, path).not.toMatch(/from '\.\.\/vault\//);
      expect(text, path).not.toMatch(/crypto\.subtle/);
    }
  });

  it('src/vault never opens the database', () => {
    for (const { path, text } of sources('vault')) {
      expect(text, path).not.toMatch(/from 'dexie'|from '\.\.\/db\//);
    }
  });
});
