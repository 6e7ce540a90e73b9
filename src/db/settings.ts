import { db } from './db';
import { guardWrite } from './errors';

/** Reads one device setting, or undefined when it has never been set. */
export async function getSetting<T>(key: string): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row?.value as T | undefined;
}

/** Writes one device setting. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await guardWrite(() => db.settings.put({ key, value }));
}
