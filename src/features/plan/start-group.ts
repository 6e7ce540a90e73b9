// Starting a group: what the new-group form needs only once "Create group" is tapped, so it
// loads then (or as the form is filled in), not with the app's first screen. The guided
// set-up starts its groups through the same records and the same transaction.
import { createGroup, type NewGroup } from '../../db/groups';
import type { Clock } from '../../domain/clock';
import { makeGroup } from '../../domain/group';
import { planSeries } from '../../domain/series-plan';
import type { GroupId, SeriesId } from '../../domain/types';
import { makeMembers } from './members-input';
import { seriesPlanInput, type SeriesChoice } from './SeriesFields';

export interface NewGroupChoice {
  name: string;
  /** The facilitator's display name, and the others', one per line. */
  me: string;
  others: string;
  isPeerLed: boolean;
  /** Where the group meets: its workshops' times are wall-clock times there. */
  timeZone: string;
  series: SeriesChoice;
}

/** A new group, its members and its first series, ready to be saved together. */
export function newGroupRecords(
  choice: NewGroupChoice,
  clock: Clock,
  groupId?: GroupId,
): Required<Pick<NewGroup, 'group' | 'members' | 'series' | 'workshops'>> {
  const group = makeGroup(choice.name, clock, groupId && (() => groupId), choice.timeZone);
  const members = makeMembers(group.id, choice.me, choice.others, choice.isPeerLed, clock);
  const plan = planSeries(seriesPlanInput(group.id, choice.series), clock);
  return { group, members, series: plan.series, workshops: plan.workshops };
}

/** Saves the group, its members and its first series in one go; returns the series. */
export async function startGroup(choice: NewGroupChoice, clock: Clock): Promise<SeriesId> {
  const records = newGroupRecords(choice, clock);
  await createGroup(records);
  return records.series.id;
}
