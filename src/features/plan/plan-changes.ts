// The changes Plan's screens make, in one place. Screens never reach src/db themselves, so
// a change to how something is stored touches this seam and src/db, not every screen. What
// they read comes through use-plan-data.ts.
export { deleteGroup } from '../../db/group-delete';
export { updateGroup } from '../../db/groups';
export {
  addIncidentToSlot,
  applyRotation,
  deleteIncident,
  revertRotation,
  updateIncident,
} from '../../db/incidents';
export {
  addLiteratureToWorkshop,
  deleteLiteratureItem,
  saveLiteratureItem,
  setLiteratureAttached,
  updateLiteratureItem,
} from '../../db/literature';
export { deleteMember, saveMember, updateMember } from '../../db/members';
export { createSeries, deleteSeries, updateSeries } from '../../db/series';
export { deleteWorkshop, saveWorkshop, updateWorkshop } from '../../db/workshops';
