import type { Clock } from './clock';
import { newId, type IdGenerator } from './ids';
import type { Group, GroupId } from './types';

/** A new group with the given name, ready to be saved. */
export function makeGroup(name: string, clock: Clock, generateId?: IdGenerator): Group {
  const now = clock.now();
  return {
    id: newId<GroupId>(generateId),
    name: name.trim(),
    groundRules: '',
    confidentiality: '',
    createdAt: now,
    updatedAt: now,
  };
}
