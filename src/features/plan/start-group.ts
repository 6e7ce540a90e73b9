// Starting a group: what the new-group form needs only once "Create group" is tapped, so it
// loads then (or as the form is filled in), not with the app's first screen.
import { createGroup } from '../../db/groups';
import type { Clock } from '../../domain/clock';
import { makeGroup } from '../../domain/group';
import { planSeries } from '../../domain/series-plan';
import type { SeriesId } from '../../domain/types';
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

/** Saves the group, its members and its first series in one go; returns the series. */
export async function startGroup(choice: NewGroupChoice, clock: Clock): Promise<SeriesId> {
  const group = makeGroup(choice.name, clock, undefined, choice.timeZone);
  const members = makeMembers(group.id, choice.me, choice.others, choice.isPeerLed, clock);
  const plan = planSeries(seriesPlanInput(group.id, choice.series), clock);
  await createGroup({ group, members, series: plan.series, workshops: plan.workshops });
  return plan.series.id;
}
