import { listGroups } from '../../db/groups';
import { useLiveQuery } from '../../db/live';

/** Every group on this device, kept up to date across tabs. */
export function useGroups() {
  return useLiveQuery(listGroups, [], []);
}
