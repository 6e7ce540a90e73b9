// Real Dexie over an in-memory IndexedDB: repositories are tested, never mocked.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { db } from '../../src/db/db';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterEach(() => {
  db.close();
});
