import { useEffect, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { listRunsOfWorkshop, saveRun } from '../../db/runs';
import { getWorkshop, listWorkshopsOfSeries } from '../../db/workshops';
import { systemClock } from '../../domain/clock';
import { newRunRecord } from '../../domain/run-record';
import { workshopLabels } from '../../domain/series-plan';
import type { RunId, WorkshopId } from '../../domain/types';

/** Makes the run for a workshop (or finds the one already open), then shows it. */
async function prepareRun(workshopId: WorkshopId | null): Promise<RunId | undefined> {
  const now = systemClock.now();
  if (!workshopId) {
    const run = newRunRecord({ workshop: null, title: 'Ad-hoc workshop' }, now);
    await saveRun(run);
    return run.id;
  }
  const workshop = await getWorkshop(workshopId);
  if (!workshop) return undefined;
  const open = (await listRunsOfWorkshop(workshopId)).find((run) => run.status !== 'finished');
  if (open) return open.id;
  const siblings = workshop.seriesId ? await listWorkshopsOfSeries(workshop.seriesId) : [];
  const title = workshopLabels(siblings).get(workshop.id) ?? 'Workshop';
  const run = newRunRecord({ workshop, title }, now);
  await saveRun(run);
  return run.id;
}

export function StartRun({ workshopId }: { workshopId: WorkshopId | null }) {
  const { ui } = useAppState();
  const [isMissing, setMissing] = useState(false);

  useEffect(() => {
    prepareRun(workshopId).then(
      (runId) => {
        if (runId) location.replace(hrefFor('run', 'live', runId));
        else setMissing(true);
      },
      (error: unknown) => {
        ui.reportError(error, 'get the workshop ready');
        setMissing(true);
      },
    );
  }, [workshopId, ui]);

  if (isMissing) {
    return (
      <div class="screen stack">
        <h1>This workshop is not here</h1>
        <p>It may have been deleted, here or in another tab.</p>
        <p>
          <a class="btn" href={hrefFor('run')}>
            Back to Run
          </a>
        </p>
      </div>
    );
  }
  return <p class="screen loading">Getting the workshop ready…</p>;
}
