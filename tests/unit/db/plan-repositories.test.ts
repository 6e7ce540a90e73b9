import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { deleteGroup } from '../../../src/db/group-delete';
import { createGroup, getGroup } from '../../../src/db/groups';
import {
  addIncidentToSlot,
  applyRotation,
  deleteIncident,
  listIncidentsOfGroup,
  listIncidentsOfWorkshop,
  revertRotation,
} from '../../../src/db/incidents';
import {
  addLiteratureToWorkshop,
  deleteLiteratureItem,
  setLiteratureAttached,
} from '../../../src/db/literature';
import { deleteMember, listMembers } from '../../../src/db/members';
import { deleteSeries } from '../../../src/db/series';
import { restoreSnapshot } from '../../../src/db/snapshot';
import {
  deleteWorkshop,
  getWorkshop,
  listWorkshopsOfSeries,
  updateWorkshop,
} from '../../../src/db/workshops';
import { moveItem } from '../../../src/domain/agenda-edit';
import { makeGroup } from '../../../src/domain/group';
import { FIVE_WORKSHOPS_TEMPLATE, planSeries } from '../../../src/domain/series-plan';
import type {
  Incident,
  IncidentId,
  LiteratureId,
  LiteratureItem,
  Member,
  MemberId,
} from '../../../src/domain/types';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

async function seed() {
  const clock = createFakeClock();
  const ids = createSequentialIds();
  const group = makeGroup('North team', clock, ids);
  const members: Member[] = ['Sam', 'JK', 'AB'].map((displayName, i) => ({
    id: `member-${i + 1}` as MemberId,
    groupId: group.id,
    displayName,
    role: i === 0 ? 'facilitator' : 'participant',
    createdAt: i,
  }));
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
  workshops[0]!.facilitatorId = members[0]!.id;
  await createGroup({ group, members, series, workshops });
  return { group, members, series, workshops };
}

function incident(overrides: Partial<Incident> & Pick<Incident, 'id' | 'groupId'>): Incident {
  return {
    workshopId: null,
    presenterId: null,
    title: 'The visit that went quiet',
    summary: '',
    modelId: 'fook-gardner',
    stage: 'deconstruction',
    carriedFromId: null,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

describe('plan repositories', () => {
  it('creates a group with members, series and workshops together, or not at all', async () => {
    const { group, series } = await seed();
    expect(await listWorkshopsOfSeries(series.id)).toHaveLength(6);
    expect(await listMembers(group.id)).toHaveLength(3);

    const again = makeGroup('Second', createFakeClock(), createSequentialIds('other'));
    // A duplicate workshop id makes the last write fail: nothing of the group may remain.
    const [first] = await listWorkshopsOfSeries(series.id);
    await expect(createGroup({ group: again, members: [], workshops: [first!] })).rejects.toThrow();
    expect(await getGroup(again.id)).toBeUndefined();
  });

  it('creates a group with its incidents in the same transaction, or not at all', async () => {
    const { group } = await seed();
    const clock = createFakeClock();
    const other = makeGroup('Third', clock, createSequentialIds('third'));
    const { series, workshops } = planSeries(
      {
        groupId: other.id,
        title: 'Autumn',
        startDate: '2026-09-01',
        startTime: '09:30',
        cadenceWeeks: 3,
        workshopCount: 2,
        lengthMinutes: 240,
        venue: '',
        followUpAfterWeeks: null,
      },
      clock,
      createSequentialIds('autumn'),
    );
    const presented = incident({
      id: 'third-incident' as IncidentId,
      groupId: other.id,
      workshopId: workshops[0]!.id,
    });
    await createGroup({ group: other, members: [], series, workshops, incidents: [presented] });
    expect(await listIncidentsOfGroup(other.id)).toEqual([presented]);

    // An incident that cannot be written (its id is taken) leaves nothing of the group behind.
    const fourth = makeGroup('Fourth', clock, createSequentialIds('fourth'));
    const taken = incident({ id: presented.id, groupId: fourth.id });
    await expect(createGroup({ group: fourth, members: [], incidents: [taken] })).rejects.toThrow();
    expect(await getGroup(fourth.id)).toBeUndefined();
    expect(await getGroup(group.id)).toBeDefined();
  });

  it('updates an agenda from the latest stored state', async () => {
    const { workshops } = await seed();
    const id = workshops[0]!.id;
    await Promise.all([
      updateWorkshop(id, (w) => ({ agenda: moveItem(w.agenda, 0, 1) }), 1),
      updateWorkshop(id, (w) => ({ venue: `${w.venue}, first floor` }), 2),
    ]);
    const stored = await getWorkshop(id);
    expect(stored!.agenda.map((i) => i.kind).slice(0, 2)).toEqual(['literature', 'catch-up']);
    expect(stored!.venue).toBe('Room 2, first floor');
  });

  it('deletes a workshop with its incidents, and undoes it', async () => {
    const { group, workshops, series } = await seed();
    const workshop = workshops[1]!;
    const slot = workshop.agenda.find((i) => i.kind === 'incident')!;
    await addIncidentToSlot(
      incident({ id: 'inc-1' as IncidentId, groupId: group.id, workshopId: workshop.id }),
      slot.id,
    );
    const snapshot = await deleteWorkshop(workshop.id);
    expect(await listWorkshopsOfSeries(series.id)).toHaveLength(5);
    expect(await db.incidents.count()).toBe(0);

    await restoreSnapshot(snapshot);
    expect(await listWorkshopsOfSeries(series.id)).toHaveLength(6);
    const restored = await getWorkshop(workshop.id);
    expect(restored!.agenda.find((i) => i.id === slot.id)!.incidentId).toBe('inc-1');
    expect(await listIncidentsOfWorkshop(workshop.id)).toHaveLength(1);
  });

  it('deletes a member, clearing their turns, and undoes it', async () => {
    const { group, members, workshops } = await seed();
    const slot = workshops[0]!.agenda.find((i) => i.kind === 'incident')!;
    await addIncidentToSlot(
      incident({
        id: 'inc-1' as IncidentId,
        groupId: group.id,
        workshopId: workshops[0]!.id,
        presenterId: members[0]!.id,
      }),
      slot.id,
    );
    const snapshot = await deleteMember(members[0]!.id);
    expect((await listMembers(group.id)).map((m) => m.displayName)).toEqual(['JK', 'AB']);
    expect((await getWorkshop(workshops[0]!.id))!.facilitatorId).toBeNull();
    expect((await db.incidents.get('inc-1' as IncidentId))!.presenterId).toBeNull();

    await restoreSnapshot(snapshot);
    expect((await listMembers(group.id)).map((m) => m.displayName)).toEqual(['Sam', 'JK', 'AB']);
    expect((await getWorkshop(workshops[0]!.id))!.facilitatorId).toBe(members[0]!.id);
    expect((await db.incidents.get('inc-1' as IncidentId))!.presenterId).toBe(members[0]!.id);
  });

  it('attaches reading to workshops, and deleting it takes it off them until undone', async () => {
    const { group, workshops } = await seed();
    const item: LiteratureItem = {
      id: 'lit-1' as LiteratureId,
      groupId: group.id,
      authors: 'Munro, E.',
      year: '2011',
      title: 'The Munro review of child protection',
      source: 'Department for Education',
      link: '',
      summary: '',
      questions: [],
      createdAt: 0,
      updatedAt: 0,
    };
    await addLiteratureToWorkshop(item, workshops[0]!.id);
    await setLiteratureAttached(workshops[1]!.id, item.id, true);
    await setLiteratureAttached(workshops[1]!.id, item.id, true);
    expect((await getWorkshop(workshops[1]!.id))!.literatureIds).toEqual(['lit-1']);

    const snapshot = await deleteLiteratureItem(item.id);
    expect((await getWorkshop(workshops[0]!.id))!.literatureIds).toEqual([]);
    await restoreSnapshot(snapshot);
    expect((await getWorkshop(workshops[0]!.id))!.literatureIds).toEqual(['lit-1']);
    expect((await getWorkshop(workshops[1]!.id))!.literatureIds).toEqual(['lit-1']);
  });

  it('deletes an incident from its slot, and undoes it', async () => {
    const { group, workshops } = await seed();
    const workshop = workshops[0]!;
    const slot = workshop.agenda.find((i) => i.kind === 'incident')!;
    await addIncidentToSlot(
      incident({ id: 'inc-1' as IncidentId, groupId: group.id, workshopId: workshop.id }),
      slot.id,
    );
    const snapshot = await deleteIncident('inc-1' as IncidentId);
    const emptied = await getWorkshop(workshop.id);
    expect(emptied!.agenda.find((i) => i.id === slot.id)!.incidentId).toBeUndefined();
    await restoreSnapshot(snapshot);
    const back = await getWorkshop(workshop.id);
    expect(back!.agenda.find((i) => i.id === slot.id)!.incidentId).toBe('inc-1');
  });

  it('applies a rotation to many workshops at once', async () => {
    const { group, members, workshops } = await seed();
    const slotOf = (i: number) => workshops[i]!.agenda.find((item) => item.kind === 'incident')!;
    const applied = await applyRotation(
      [0, 1].map((i) => ({
        workshopId: workshops[i]!.id,
        facilitatorId: members[0]!.id,
        presenters: [
          {
            slotId: slotOf(i).id,
            presenterId: members[i + 1]!.id,
            newIncident: incident({
              id: `new-${i}` as IncidentId,
              groupId: group.id,
              workshopId: workshops[i]!.id,
              title: '',
            }),
          },
        ],
      })),
      5,
    );
    const first = await listIncidentsOfWorkshop(workshops[0]!.id);
    expect(first.map((i) => i.presenterId)).toEqual([members[1]!.id]);
    expect(
      (await getWorkshop(workshops[1]!.id))!.agenda.find((i) => i.kind === 'incident'),
    ).toMatchObject({ incidentId: 'new-1' });

    await revertRotation(applied);
    expect(await listIncidentsOfWorkshop(workshops[0]!.id)).toEqual([]);
    expect((await getWorkshop(workshops[1]!.id))!.facilitatorId).toBeNull();
    const slot = (await getWorkshop(workshops[1]!.id))!.agenda.find((i) => i.kind === 'incident');
    expect(slot!.incidentId).toBeUndefined();
  });

  it('deletes a series or a whole group, and undoes it', async () => {
    const { group, series } = await seed();
    const seriesSnapshot = await deleteSeries(series.id);
    expect(await db.workshops.count()).toBe(0);
    await restoreSnapshot(seriesSnapshot);
    expect(await db.workshops.count()).toBe(6);

    const groupSnapshot = await deleteGroup(group.id);
    expect(await db.groups.count()).toBe(0);
    expect(await db.members.count()).toBe(0);
    expect(await db.workshops.count()).toBe(0);
    await restoreSnapshot(groupSnapshot);
    expect(await db.groups.count()).toBe(1);
    expect(await db.members.count()).toBe(3);
    expect(await db.workshops.count()).toBe(6);
  });
});
