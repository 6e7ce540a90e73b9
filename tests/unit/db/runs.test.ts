import { carryIncidentForward } from '../../../src/db/carry-forward';
import { describe, expect, it } from 'vitest';
import { createGroup } from '../../../src/db/groups';
import { getIncident, listIncidentsOfWorkshop } from '../../../src/db/incidents';
import { findLiveRun, getRun, listRunsOfSeries, saveRun, updateRun } from '../../../src/db/runs';
import { getWorkshop } from '../../../src/db/workshops';
import { makeGroup } from '../../../src/domain/group';
import { carriedIncident, newRunRecord } from '../../../src/domain/run-record';
import { nextWorkshopAfter } from '../../../src/domain/series-continuity';
import { finishRun, pauseRun, startRun, viewRun } from '../../../src/domain/run-timer';
import { FIVE_WORKSHOPS_TEMPLATE, planSeries } from '../../../src/domain/series-plan';
import type { Incident, IncidentId } from '../../../src/domain/types';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

async function seed() {
  const clock = createFakeClock();
  const ids = createSequentialIds();
  const group = makeGroup('North team', clock, ids);
  const { series, workshops } = planSeries(
    {
      groupId: group.id,
      title: 'Spring',
      startDate: '2026-04-14',
      startTime: '09:30',
      cadenceWeeks: 3,
      workshopCount: 5,
      lengthMinutes: 240,
      venue: 'Room 2',
      followUpAfterWeeks: FIVE_WORKSHOPS_TEMPLATE.followUpAfterWeeks,
    },
    clock,
    ids,
  );
  await createGroup({ group, members: [], series, workshops });
  return { clock, ids, group, series, workshops };
}

describe('the runs repository', () => {
  it('saves the run state on every change and restores the same numbers', async () => {
    const { clock, ids, workshops } = await seed();
    const run = newRunRecord(
      { workshop: workshops[0]!, title: 'Workshop 1 of 5' },
      clock.now(),
      ids,
    );
    await saveRun(run);
    expect(await findLiveRun()).toBeUndefined();

    await updateRun(run.id, (r) => ({ timing: startRun(r.timing, clock.now()) }), clock.now());
    clock.advance(17 * 60_000);
    const live = await findLiveRun();
    expect(live?.id).toBe(run.id);
    expect(live?.status).toBe('running');
    expect(viewRun(live!.timing, clock.now()).timeLeftMs).toBe(13 * 60_000);

    await updateRun(run.id, (r) => ({ timing: pauseRun(r.timing, clock.now()) }), clock.now());
    expect((await getRun(run.id))?.status).toBe('paused');
    expect((await findLiveRun())?.id).toBe(run.id);

    await updateRun(run.id, (r) => ({ timing: finishRun(r.timing, clock.now()) }), clock.now());
    expect(await findLiveRun()).toBeUndefined();
    expect((await listRunsOfSeries(workshops[0]!.seriesId!)).map((r) => r.id)).toEqual([run.id]);
  });

  it('keeps concurrent changes: each is computed from the stored run', async () => {
    const { clock, ids } = await seed();
    const run = newRunRecord({ workshop: null, title: 'Ad-hoc workshop' }, clock.now(), ids);
    await saveRun(run);
    await Promise.all([
      updateRun(run.id, (r) => ({ notes: { ...r.notes, a: 'one' } }), clock.now()),
      updateRun(run.id, (r) => ({ notes: { ...r.notes, b: 'two' } }), clock.now()),
    ]);
    expect((await getRun(run.id))?.notes).toEqual({ a: 'one', b: 'two' });
    expect(run.timing.phases).toHaveLength(5);
  });

  it('carries an incident to the next workshop, into a free incident slot', async () => {
    const { clock, ids, group, workshops } = await seed();
    const first = workshops[0]!;
    const held: Incident = {
      id: 'incident-held' as IncidentId,
      groupId: group.id,
      workshopId: first.id,
      presenterId: null,
      title: 'The visit that went quiet',
      summary: '',
      modelId: 'fook-gardner',
      stage: 'deconstruction',
      carriedFromId: null,
      createdAt: 0,
      updatedAt: 0,
    };
    const run = newRunRecord({ workshop: first, title: 'Workshop 1 of 5' }, clock.now(), ids);
    await saveRun(run);
    const next = nextWorkshopAfter(workshops, first)!;
    expect(next.id).toBe(workshops[1]!.id);
    const carried = carriedIncident(held, next.id, clock.now(), ids);
    await carryIncidentForward(run.id, carried, clock.now());

    const stored = await getIncident(carried.id);
    expect(stored).toMatchObject({ stage: 'reconstruction', carriedFromId: 'incident-held' });
    expect((await listIncidentsOfWorkshop(next.id)).map((i) => i.id)).toEqual([carried.id]);
    const agenda = (await getWorkshop(next.id))!.agenda;
    expect(agenda.find((item) => item.kind === 'incident')?.incidentId).toBe(carried.id);
    expect((await getRun(run.id))?.carriedIncidentIds).toEqual([carried.id]);
  });
});
