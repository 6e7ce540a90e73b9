// What a person does in the app, step by step, for the smoke scenarios: by labels and
// names on screen, as tests/e2e does in Chromium.
import type { AppPage } from './app-page';
import { byLabel, byRole } from './page-queries';
import { sleep, until } from './waiting';

const PASSPHRASE = 'maple lantern orbit seventeen';

/** Key derivation is slow by design (Argon2id, 64 MiB; or PBKDF2, 600,000 rounds). */
const KDF_TIMEOUT_MS = 45_000;

export const TIMER = byRole('timer', 'Time left in this phase');

/** Opens the app and checks it starts and settles with nothing reported. */
export async function expectCleanStart(app: AppPage): Promise<void> {
  await app.open('#/plan');
  await app.awaitStart('Plan');
  // Work the first screen starts after it shows (its section's data, the service worker's
  // registration) has a moment to fail too.
  await until('the page to finish loading', () =>
    app.evaluate(() => document.readyState === 'complete' || null),
  );
  await sleep(500);
  await app.expectNoErrors();
  await app.seeScreen('Plan');
}

/** In the page: whether its service worker is active yet, and whether it controls the page. */
async function serviceWorkerState(): Promise<{ isActive: boolean; controls: boolean }> {
  const registration = await navigator.serviceWorker.getRegistration();
  return {
    isActive: Boolean(registration?.active),
    controls: Boolean(navigator.serviceWorker.controller),
  };
}

/** Waits until the app's service worker is active and controls the page (as after a visit). */
export async function expectServiceWorkerInControl(app: AppPage): Promise<void> {
  const state = await until('the service worker to be active', async () => {
    const now = await app.evaluate(serviceWorkerState);
    return now.isActive ? now : null;
  });
  // The first visit's page was loaded before the worker was there: the next one is its.
  if (!state.controls) await app.reload();
  await until('the service worker to control the page', async () =>
    (await app.evaluate(serviceWorkerState)).controls ? true : null,
  );
}

export async function createGroup(
  app: AppPage,
  name: string,
  members?: { me: string; others: string },
): Promise<void> {
  await app.open('#/plan');
  await app.seeScreen('Plan');
  await app.type(byLabel('New group name'), name);
  if (members) {
    await app.type(byLabel('You (facilitator)'), members.me);
    await app.type(byLabel('Other members, one per line'), members.others);
  }
  await app.click(byRole('button', 'Create group'));
  await app.seeScreen('First series');
}

/** Sets up a journal from the journal screen, which asks for a passphrase first. */
export async function setUpJournal(app: AppPage): Promise<void> {
  await app.open('#/journal');
  await app.see(byLabel('Passphrase'));
  await app.type(byLabel('Name for this journal'), 'Sam');
  await app.click(byRole('radio', 'No, only I use it'));
  await app.type(byLabel('Passphrase'), PASSPHRASE);
  await app.type(byLabel('Passphrase again'), PASSPHRASE);
  await app.click(byRole('button', 'Set up journal'));
  const keptKey = byRole('checkbox', 'I have printed or written down my recovery key');
  await app.see(keptKey, KDF_TIMEOUT_MS);
  await app.click(keptKey);
  await app.click(byRole('button', 'Open my journal'));
  await app.see(byRole('button', 'Lock now'));
}

export async function lockJournal(app: AppPage): Promise<void> {
  await app.click(byRole('button', 'Lock now'));
  await app.see(byRole('heading', 'Unlock your journal'));
}

export async function unlockJournal(app: AppPage): Promise<void> {
  await app.type(byLabel('Passphrase'), PASSPHRASE);
  await app.click(byRole('button', 'Unlock'));
  await app.see(byRole('button', 'Lock now'), KDF_TIMEOUT_MS);
}

/** In the page: how each journal on the device turns its passphrase into a key. */
export async function journalKdfs(): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('breathing-space');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const vaults = await new Promise<{ kdf: { algorithm: string } }[]>((resolve, reject) => {
      const request = db.transaction('vaults').objectStore('vaults').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return vaults.map((vault) => vault.kdf.algorithm);
  } finally {
    db.close();
  }
}

/** "29:58" or "1:05:00" (or "… over") in seconds. */
function clockSeconds(text: string): number {
  const seconds = text
    .replace(' over', '')
    .split(':')
    .reduce((sum, part) => sum * 60 + Number(part), 0);
  return text.endsWith('over') ? -seconds : seconds;
}

/** Waits until the clock shows less time left than it did, and returns what it shows. */
export async function expectClockTicks(app: AppPage): Promise<string> {
  const before = clockSeconds(await app.see(TIMER));
  return until(
    'the clock to tick',
    async () => {
      const now = await app.textOf(TIMER);
      return now !== null && clockSeconds(now) < before ? now : null;
    },
    5_000,
  );
}

/** Goes to the running workshop, or plans one and starts it from Run. */
export async function runAWorkshop(app: AppPage): Promise<void> {
  await app.open('#/run');
  const isRunning = await until('Run’s front page or the running workshop', async () => {
    if ((await app.textOf(TIMER)) !== null) return true;
    return (await app.textOf(byRole('heading', 'Run a workshop', 1))) !== null ? false : null;
  });
  if (isRunning) return;
  await createGroup(app, 'North team', { me: 'Sam', others: 'JK\nAB' });
  await app.open('#/run');
  await app.seeScreen('Run a workshop');
  await app.click(byRole('link', /^Run this workshop: Workshop 1 of 5/));
  await app.click(byRole('button', 'Start the workshop'));
  await app.see(byRole('button', 'Pause'));
}
