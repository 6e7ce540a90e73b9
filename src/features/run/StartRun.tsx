import { useEffect, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { Missing } from '../../ui/Missing';
import { systemClock } from '../../domain/clock';
import { newRunRecord } from '../../domain/run-record';
import { workshopLabels } from '../../ui/workshop-labels';
import type { RunId, WorkshopId } from '../../domain/types';
import { groupTimeZone } from '../../domain/time-zone';
import {
  findLiveRun,
  getGroup,
  getWorkshop,
  listRunsOfWorkshop,
  listWorkshopsOfSeries,
  saveRun,
} from './run-data';

/** Makes the run for a workshop (or finds the one already open), then shows it. */
async function prepareRun(
  workshopId: WorkshopId | null,
): Promise<{ runId: RunId; isOtherLive: boolean } | undefined> {
  // One workshop at a time: while one runs, every way in leads back to it (T-1.10).
  const live = await findLiveRun();
  if (live) return { runId: live.id, isOtherLive: live.workshopId !== workshopId || !workshopId };
  const runId = await findOrMakeRun(workshopId);
  return runId && { runId, isOtherLive: false };
}

async function findOrMakeRun(workshopId: WorkshopId | null): Promise<RunId | undefined> {
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
  const [siblings, group] = await Promise.all([
    workshop.seriesId ? listWorkshopsOfSeries(workshop.seriesId) : [],
    workshop.groupId ? getGroup(workshop.groupId) : undefined,
  ]);
  const title = workshopLabels(siblings).get(workshop.id) ?? 'Workshop';
  const run = newRunRecord({ workshop, title, timeZone: groupTimeZone(group) }, now);
  await saveRun(run);
  return run.id;
}

export function StartRun({ workshopId }: { workshopId: WorkshopId | null }) {
  const { ui } = useAppState();
  const [isMissing, setMissing] = useState(false);

  useEffect(() => {
    prepareRun(workshopId).then(
      (prepared) => {
        if (!prepared) return setMissing(true);
        if (prepared.isOtherLive) {
          ui.notify('A workshop is already running. Finish it before starting another.');
        }
        location.replace(hrefFor('run', 'live', prepared.runId));
      },
      (error: unknown) => {
        ui.reportError(error, 'get the workshop ready');
        setMissing(true);
      },
    );
  }, [workshopId, ui]);

  if (isMissing) {
    return <Missing what="workshop" back={{ section: 'run', label: 'Run' }} />;
  }
  return <p class="screen loading">Getting the workshop ready…</p>;
}
