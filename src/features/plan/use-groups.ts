import { useDeferredLiveQuery } from '../../db/live-deferred';

/**
 * Every group on this device, kept up to date across tabs. The first screen shows them, so
 * the database code loads beside it rather than before it paints.
 */
export function useGroups() {
  return useDeferredLiveQuery(() => import('../../db/groups').then((m) => m.listGroups), []);
}
