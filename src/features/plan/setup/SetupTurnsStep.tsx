import type { WorkshopTurns } from '../../../domain/first-turns';
import type { Member, MemberId } from '../../../domain/types';
import { Button } from '../../../ui/Button';
import { workshopLabels } from '../../../ui/workshop-labels';
import { FacilitatorSelect } from '../FacilitatorSelect';
import { TurnsRowHeading, TurnsTable } from './TurnsTable';
import type { SetupState } from './use-setup-draft';

/**
 * Step 4: who facilitates the first workshop, and the turns proposed for the rest of the
 * series around them (rotation.ts), in a small table the group can change.
 */
export function SetupTurnsStep({ state }: { state: SetupState }) {
  const { members, workshops, turns, draft } = state;
  const labels = workshopLabels(workshops);
  const nameOf = (id: MemberId | null) =>
    members.find((m) => m.id === id)?.displayName ?? 'Not decided yet';
  return (
    <>
      <FacilitatorSelect
        id="setup-first"
        label="Who facilitates the first workshop"
        members={members}
        value={state.firstFacilitatorId}
        onChange={(id) => state.chooseFirstFacilitator(id)}
        emptyLabel="Not decided yet"
      />
      <p>
        {draft.isPeerLed
          ? 'Facilitating then goes round, so everyone takes a turn before anyone has a second.'
          : 'You facilitate the workshops after that.'}{' '}
        Each workshop’s critical incident is brought by someone who is not facilitating it, turns
        shared fairly and nobody twice in a row. Change any turn here, or later on the series page.
      </p>
      {members.length < 2 && (
        <p class="hint">Add the other members in step 2 to share the turns among them.</p>
      )}
      {state.areTurnsRedone && (
        <p class="setup-note" role="status">
          The members or the workshops changed, so the turns were proposed again.
        </p>
      )}
      <TurnsTable>
        {workshops.map((workshop, index) => {
          const turn = turns[index];
          const label = labels.get(workshop.id) ?? 'Workshop';
          if (!turn) return null;
          const change = (changes: Partial<WorkshopTurns>) =>
            state.changeTurns(index, { ...turn, ...changes });
          return (
            <tr key={workshop.id}>
              <TurnsRowHeading label={label} date={workshop.date} />
              <td>
                {index === 0 ? (
                  <>
                    {nameOf(turn.facilitatorId)}
                    <span class="muted setup-turns-date">chosen above</span>
                  </>
                ) : (
                  <MemberChoice
                    label={`Facilitates ${label}`}
                    members={members}
                    value={turn.facilitatorId}
                    onChange={(facilitatorId) => change({ facilitatorId })}
                  />
                )}
              </td>
              <td>
                {turn.presenterIds.length === 0
                  ? 'No incident: the follow-up looks back'
                  : turn.presenterIds.map((presenterId, slot) => (
                      <MemberChoice
                        key={slot}
                        label={`Brings an incident to ${label}`}
                        members={members}
                        value={presenterId}
                        onChange={(id) =>
                          change({
                            presenterIds: turn.presenterIds.map((p, at) => (at === slot ? id : p)),
                          })
                        }
                      />
                    ))}
              </td>
            </tr>
          );
        })}
      </TurnsTable>
      {draft.editedTurns && (
        <div class="row">
          <Button variant="quiet" onClick={() => state.proposeAgain()}>
            Propose the turns again
          </Button>
        </div>
      )}
    </>
  );
}

/** A turn in the table: the column heading shows what it is; its name says so too. */
function MemberChoice(props: {
  label: string;
  members: readonly Member[];
  value: MemberId | null;
  onChange: (id: MemberId | null) => void;
}) {
  return (
    <select
      aria-label={props.label}
      value={props.value ?? ''}
      onChange={(e) => props.onChange((e.currentTarget.value || null) as MemberId | null)}
    >
      <option value="">Not decided yet</option>
      {props.members.map((member) => (
        <option key={member.id} value={member.id}>
          {member.displayName}
        </option>
      ))}
    </select>
  );
}
