// Run's way to storage for what its screens do on a tap (start, record, finish, carry an
// incident forward). Screens never reach src/db themselves; live views come through
// use-run-data.ts.
export type { RunChange } from '../../db/runs';
export { carryIncidentForward } from '../../db/carry-forward';
export { deleteRun, findLiveRun, listRunsOfWorkshop, saveRun, updateRun } from '../../db/runs';
export { listIncidentsOfWorkshop, updateIncident } from '../../db/incidents';
export { getWorkshop, listWorkshopsOfSeries } from '../../db/workshops';
export { getGroup } from '../../db/groups';
export { putOffCopyReminder } from '../../db/group-file';
