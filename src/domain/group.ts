import type { Clock } from './clock';
import { DEFAULT_CONFIDENTIALITY, DEFAULT_GROUND_RULES } from './group-defaults';
import { newId, type IdGenerator } from './ids';
import { deviceTimeZone } from './time-zone';
import type { Group, GroupId } from './types';

/** A new group with the given name and the default agreements, ready to be saved. */
export function makeGroup(
  name: string,
  clock: Clock,
  generateId?: IdGenerator,
  timeZone: string = deviceTimeZone(),
): Group {
  const now = clock.now();
  return {
    id: newId<GroupId>(generateId),
    name: name.trim(),
    groundRules: DEFAULT_GROUND_RULES,
    confidentiality: DEFAULT_CONFIDENTIALITY,
    timeZone,
    createdAt: now,
    updatedAt: now,
  };
}
