import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { CURRENT_VERSION, SCHEMA_HISTORY } from '../../../src/db/schema';

const snapshot = JSON.parse(
  readFileSync(new URL('../../fixtures/schema-snapshot.json', import.meta.url), 'utf8'),
) as { version: number; tables: unknown[]; history: unknown };

function describeSchema() {
  return db.tables
    .map((table) => ({
      name: table.name,
      primKey: table.schema.primKey.src,
      indexes: table.schema.indexes.map((index) => index.src).sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('schema', () => {
  it('matches the committed snapshot (update it only with a new version and a migration test)', () => {
    expect(CURRENT_VERSION).toBe(snapshot.version);
    expect(describeSchema()).toEqual(snapshot.tables);
  });

  it('keeps every published version exactly as it was released', () => {
    expect(SCHEMA_HISTORY).toEqual(snapshot.history);
  });

  it('opens at the current version', () => {
    expect(db.verno).toBe(CURRENT_VERSION);
  });
});
