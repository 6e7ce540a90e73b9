// Creating the group the guided set-up describes: the same records as the new-group form's,
// with the members and turns as the set-up showed them and the agreements as accepted or
// edited, saved in the one transaction that creates every group.
import { createGroup } from '../../../db/groups';
import type { Clock } from '../../../domain/clock';
import { withTurns, type WorkshopTurns } from '../../../domain/first-turns';
import { keepMemberIds } from '../../../domain/guided-setup';
import type { GroupId, Member, SeriesId } from '../../../domain/types';
import { newGroupRecords, type NewGroupChoice } from '../start-group';

export interface GuidedSetupChoice extends NewGroupChoice {
  groupId: GroupId;
  /** The members as shown: their ids are the ones the turns name. */
  members: readonly Member[];
  /** One for each planned workshop, in order. */
  turns: readonly WorkshopTurns[];
  groundRules: string;
  confidentiality: string;
}

/** Saves the group and its ready series; returns the series. */
export async function setUpGroup(choice: GuidedSetupChoice, clock: Clock): Promise<SeriesId> {
  const records = newGroupRecords(choice, clock, choice.groupId);
  const { workshops, incidents } = withTurns(records.workshops, choice.turns, clock.now());
  await createGroup({
    group: {
      ...records.group,
      groundRules: choice.groundRules,
      confidentiality: choice.confidentiality,
    },
    members: keepMemberIds(records.members, choice.members),
    series: records.series,
    workshops,
    incidents,
  });
  return records.series.id;
}
