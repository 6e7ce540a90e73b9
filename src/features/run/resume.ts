import { hrefFor } from '../../app/router';
import { findLiveRun } from '../../db/runs';

/**
 * Opening the app (at its start address) while a workshop runs goes straight back to it,
 * exactly where it is. Deep links are left alone, and so is anywhere the user has gone since.
 */
export async function resumeRunningWorkshop(): Promise<void> {
  const live = await findLiveRun();
  if (live && !location.hash) location.replace(hrefFor('run', 'live', live.id));
}
