import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { systemClock } from '../../domain/clock';
import { newId } from '../../domain/ids';
import type { GroupId, Member, MemberId, MemberRole } from '../../domain/types';
import { CheckedField } from '../../ui/CheckedField';
import { deletePlanWithUndo } from './undo';
import { deleteMember, saveMember, updateMember } from './plan-changes';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';

const ROLE_NAMES: Record<MemberRole, string> = {
  facilitator: 'Facilitator',
  'co-facilitator': 'Co-facilitator',
  participant: 'Participant',
};
const ROLES = Object.keys(ROLE_NAMES) as MemberRole[];

/** The group's members: display names or initials, and their roles. */
export function MembersSection({ groupId, members }: { groupId: GroupId; members: Member[] }) {
  const { ui } = useAppState();
  const [name, setName] = useState('');
  const [role, setRole] = useState<MemberRole>('participant');

  async function add(event: Event) {
    event.preventDefault();
    const displayName = name.trim().replace(/\s+/g, ' ');
    if (!displayName) return;
    const member: Member = {
      id: newId<MemberId>(),
      groupId,
      displayName,
      role,
      createdAt: systemClock.now(),
    };
    try {
      await saveMember(member);
      setName('');
    } catch (error) {
      ui.reportError(error, 'add the member');
    }
  }

  return (
    <section class="card stack" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <p class="hint">
        Display names or initials only: group material may be shared, and the app never needs
        anyone’s full name. Facilitators and co-facilitators take turns to facilitate; participants
        take turns to bring incidents.
      </p>
      {members.length === 0 && <p class="muted">No members yet.</p>}
      <ul class="member-list">
        {members.map((member) => (
          <li key={member.id} class="member-row">
            <CheckedField
              id={`member-${member.id}-name`}
              label="Display name"
              value={member.displayName}
              isChecked={false}
              onSave={(displayName) => updateMember(member.id, { displayName }, systemClock.now())}
            />
            <div class="field">
              <label htmlFor={`member-${member.id}-role`}>Role</label>
              <select
                id={`member-${member.id}-role`}
                value={member.role}
                onChange={(e) =>
                  updateMember(
                    member.id,
                    { role: e.currentTarget.value as MemberRole },
                    systemClock.now(),
                  ).catch((error: unknown) => ui.reportError(error, 'change the role'))
                }
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_NAMES[r]}
                  </option>
                ))}
              </select>
            </div>
            <Button
              variant="quiet"
              aria-label={`Remove ${member.displayName}`}
              onClick={() => deletePlanWithUndo(ui, 'Member', () => deleteMember(member.id))}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <form class="member-row" onSubmit={add}>
        <Field id="new-member-name" label="New member">
          <input
            type="text"
            autocomplete="off"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </Field>
        <Field id="new-member-role" label="Role">
          <select value={role} onChange={(e) => setRole(e.currentTarget.value as MemberRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_NAMES[r]}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" disabled={!name.trim()}>
          Add member
        </Button>
      </form>
    </section>
  );
}
