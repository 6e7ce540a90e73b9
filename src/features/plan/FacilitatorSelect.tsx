import type { Member, MemberId } from '../../domain/types';

interface Props {
  id: string;
  label?: string;
  members: readonly Member[];
  value: MemberId | null;
  onChange: (id: MemberId | null) => void;
  emptyLabel?: string;
}

/** Choosing a member for a turn (facilitating, presenting), or nobody yet. */
export function FacilitatorSelect(props: Props) {
  const { id, label = 'Facilitator', members, value, onChange } = props;
  return (
    <div class="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange((e.currentTarget.value || null) as MemberId | null)}
      >
        <option value="">{props.emptyLabel ?? 'Not decided'}</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}
