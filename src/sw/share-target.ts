// The installed app as a share target (the manifest's share_target): another app shares a
// group file (or a series link) to Breathing Space, the browser posts it here, and the
// service worker keeps the file in IndexedDB until Plan's open screen takes it in, then
// opens that screen. The page reads the same database through Dexie (src/db/inbox.ts).
import { openDB } from 'idb';
import { linkDataIn } from '../domain/link-encoding';

/** Shared with src/db/inbox.ts: Dexie's version 1 is IndexedDB's version 10. */
const INBOX_DB = 'breathing-space-inbox';
const INBOX_VERSION = 10;
const INBOX_STORE = 'files';
/** The same bound as a group file's: a bigger one is refused before it is read. */
const MAX_BYTES = 20 * 1024 * 1024;

export async function receiveShare(request: Request, scope: string): Promise<Response> {
  const open = `${scope}#/plan/open`;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return Response.redirect(open, 303);
  }
  // A shared series link arrives as text or a URL: open it as if it had been tapped.
  const link = [form.get('url'), form.get('text')]
    .filter((value): value is string => typeof value === 'string')
    .map((value) => linkDataIn(value, 'plan/open'))
    .find(Boolean);
  const file = form.get('file');
  if (file instanceof File && file.size <= MAX_BYTES) {
    const db = await openDB(INBOX_DB, INBOX_VERSION, {
      upgrade(database) {
        if (!database.objectStoreNames.contains(INBOX_STORE)) {
          database.createObjectStore(INBOX_STORE, { keyPath: 'id' });
        }
      },
    });
    await db.put(INBOX_STORE, {
      id: 'shared',
      name: file.name,
      text: await file.text(),
      receivedAt: Date.now(),
    });
    db.close();
    return Response.redirect(open, 303);
  }
  return Response.redirect(link ? `${open}/${link}` : open, 303);
}
