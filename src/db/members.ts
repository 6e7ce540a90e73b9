import type { GroupId, Member, MemberId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';
import { emptySnapshot, type Snapshot } from './snapshot';

/** A group's members, in the order they joined. */
export async function listMembers(groupId: GroupId): Promise<Member[]> {
  const members = await db.members.where('groupId').equals(groupId).toArray();
  return members.sort((a, b) => a.createdAt - b.createdAt);
}

export async function saveMember(member: Member): Promise<void> {
  await guardWrite(() => db.members.put(member));
}

/** Changes a member's name or role; the time of change lets a newer group file win. */
export async function updateMember(
  id: MemberId,
  changes: Partial<Pick<Member, 'displayName' | 'role'>>,
  now: number,
): Promise<void> {
  await guardWrite(() => db.members.update(id, { ...changes, updatedAt: now }));
}

/**
 * Removes a member, and takes them off any workshop they facilitate or incident they
 * present, in one transaction. Returns the rows as they were, for "Undo".
 */
export async function deleteMember(id: MemberId): Promise<Snapshot> {
  return guardWrite(() =>
    db.transaction('rw', [db.members, db.workshops, db.incidents], async () => {
      const snapshot = emptySnapshot();
      const member = await db.members.get(id);
      if (!member) return snapshot;
      snapshot.members.push(member);
      snapshot.workshops = await db.workshops
        .where('groupId')
        .equals(member.groupId)
        .filter((w) => w.facilitatorId === id)
        .toArray();
      snapshot.incidents = await db.incidents.where('presenterId').equals(id).toArray();
      await db.members.delete(id);
      for (const workshop of snapshot.workshops) {
        await db.workshops.update(workshop.id, { facilitatorId: null });
      }
      for (const incident of snapshot.incidents) {
        await db.incidents.update(incident.id, { presenterId: null });
      }
      return snapshot;
    }),
  );
}
