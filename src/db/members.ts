import type { GroupId, Member, MemberId } from '../domain/types';
import { db } from './db';
import { guardWrite } from './errors';

/** A group's members, in the order they joined. */
export async function listMembers(groupId: GroupId): Promise<Member[]> {
  const members = await db.members.where('groupId').equals(groupId).toArray();
  return members.sort((a, b) => a.createdAt - b.createdAt);
}

export async function getMember(id: MemberId): Promise<Member | undefined> {
  return db.members.get(id);
}

export async function saveMember(member: Member): Promise<void> {
  await guardWrite(() => db.members.put(member));
}

export async function deleteMember(id: MemberId): Promise<void> {
  await guardWrite(() => db.members.delete(id));
}
