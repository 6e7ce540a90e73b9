// A group with members and a planned series, written to the (fake) database as the app
// would write it.
import { createGroup } from '../../../src/db/groups';
import { makeGroup } from '../../../src/domain/group';
import { FIVE_WORKSHOPS_TEMPLATE, planSeries } from '../../../src/domain/series-plan';
import type { Member, MemberId } from '../../../src/domain/types';
import { createFakeClock } from '../../helpers/fake-clock';
import { createSequentialIds } from '../../helpers/ids';

export async function seedPlan() {
  const clock = createFakeClock();
  const ids = createSequentialIds('seed');
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
      title: 'Spring series',
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
  await createGroup({ group, members, series, workshops });
  return { group, members, series, workshops };
}
