// The app state a component test shares with the screens it renders, as one page would: one
// router following the address, one private tier (vault session, journal, cards, drafts).
// Each test gets a fresh one, so no notice, session or route carries over between tests.
import { beforeEach } from 'vitest';
import { createAppState, type AppState } from '../../src/app/app-state';
import { parseHash } from '../../src/app/router';
import { privateStoresOf, type PrivateStores } from '../../src/private/stores';

export let app: AppState;
export let vaultSession: PrivateStores['vaultSession'];
export let journal: PrivateStores['journal'];
export let drafts: PrivateStores['drafts'];
export let actionCards: PrivateStores['actionCards'];
export let resume: PrivateStores['resume'];
let stopRouter = () => {};

function freshApp() {
  stopRouter();
  app = createAppState();
  stopRouter = app.router.start();
  ({ vaultSession, journal, drafts, actionCards, resume } = privateStoresOf(app));
}

freshApp();
beforeEach(freshApp);

/** Goes to an address inside the app, as a click on a link would. */
export function go(hash: string) {
  location.hash = hash;
  app.router.route.value = parseHash(hash);
}
