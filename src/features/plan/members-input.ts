import type { Clock } from '../../domain/clock';
import { newId } from '../../domain/ids';
import type { GroupId, Member, MemberId, MemberRole } from '../../domain/types';

/** Names typed one per line (or separated by commas), trimmed, blanks and repeats dropped. */
export function parseMemberNames(text: string): string[] {
  const names = text
    .split(/[\n,]/)
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...new Set(names)];
}

/** The first members of a new group: you as facilitator, then the others. */
export function makeMembers(
  groupId: GroupId,
  me: string,
  others: string,
  isPeerLed: boolean,
  clock: Clock,
): Member[] {
  const now = clock.now();
  const othersRole: MemberRole = isPeerLed ? 'co-facilitator' : 'participant';
  const mine = parseMemberNames(me).slice(0, 1);
  const rest = parseMemberNames(others).filter((name) => !mine.includes(name));
  return [
    ...mine.map((displayName) => ({ displayName, role: 'facilitator' as MemberRole })),
    ...rest.map((displayName) => ({ displayName, role: othersRole })),
  ].map(({ displayName, role }, index) => ({
    id: newId<MemberId>(),
    groupId,
    displayName,
    role,
    // Keeps the typed order: members are listed by when they joined.
    createdAt: now + index,
  }));
}
