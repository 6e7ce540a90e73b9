// The service worker's inbox for a file shared to the installed app (see sw/share-target.ts,
// which writes it with idb): read here through Dexie, then emptied.
import Dexie, { type EntityTable } from 'dexie';

interface SharedFile {
  id: string;
  name: string;
  text: string;
  receivedAt: number;
}

class InboxDb extends Dexie {
  files!: EntityTable<SharedFile, 'id'>;
  constructor() {
    super('breathing-space-inbox');
    // Version 1 here is IndexedDB's version 10, which the service worker opens.
    this.version(1).stores({ files: 'id' });
  }
}

/** The file shared to the app, taken out of the inbox (a second call finds none). */
export async function takeSharedFile(): Promise<{ name: string; text: string } | null> {
  const inbox = new InboxDb();
  try {
    return await inbox.transaction('rw', inbox.files, async () => {
      const shared = await inbox.files.get('shared');
      if (shared) await inbox.files.delete('shared');
      return shared ? { name: shared.name, text: shared.text } : null;
    });
  } finally {
    inbox.close();
  }
}
