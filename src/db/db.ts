import { DB_NAME } from './constants';
import { BreathingSpaceDb } from './schema';

/** The app's database. Opened lazily on first use; see connection.ts for its lifecycle. */
export const db = new BreathingSpaceDb(DB_NAME);
