import type { ComponentChildren } from 'preact';
import { hrefFor } from '../../../app/router';
import type { SetupStep } from '../../../domain/guided-setup';
import { DEFAULT_CONFIDENTIALITY, DEFAULT_GROUND_RULES } from '../../../domain/group-defaults';
import type { MemberId } from '../../../domain/types';
import { formatDuration, formatLocalTime, formatLongDate, timeZoneName } from '../../../ui/dates';
import { workshopLabels } from '../../../ui/workshop-labels';
import { parseMemberNames } from '../members-input';
import { TurnsRowHeading, TurnsTable } from './TurnsTable';
import type { SetupState } from './use-setup-draft';

interface Props {
  state: SetupState;
  /** A "Change" link was followed: that step's Next comes back here. */
  onChange: () => void;
}

/** Step 6: everything on one page, each part with a way back to change it. */
export function SetupReview({ state, onChange }: Props) {
  const { draft, members, workshops, turns } = state;
  const { series } = draft;
  const labels = workshopLabels(workshops);
  const nameOf = (id: MemberId | null | undefined) =>
    members.find((m) => m.id === id)?.displayName ?? 'not decided yet';
  const others = parseMemberNames(draft.others).filter((name) => name !== draft.me.trim());
  const regular = workshops.filter((w) => w.kind === 'regular').length;
  const hasFollowUp = workshops.length > regular;

  const part = (step: SetupStep, title: string, what: string, children: ComponentChildren) => (
    <section class="setup-review-part stack" aria-labelledby={`setup-review-${step}`}>
      <div class="setup-review-head">
        <h3 id={`setup-review-${step}`}>{title}</h3>
        <a
          class="btn"
          href={hrefFor('plan', 'setup', step)}
          aria-label={`Change ${what}`}
          onClick={onChange}
        >
          Change
        </a>
      </div>
      {children}
    </section>
  );

  return (
    <>
      <p>
        Nothing is saved yet. “Create the group” saves it all on this device; you can change any of
        it afterwards.
      </p>
      {part(
        'name',
        'The group',
        'the group’s name or time zone',
        <dl class="setup-facts">
          <dt>Name</dt>
          <dd>{draft.name.trim()}</dd>
          <dt>Times are in</dt>
          <dd>{timeZoneName(draft.timeZone)} time</dd>
        </dl>,
      )}
      {part(
        'members',
        'Members',
        'the members',
        <dl class="setup-facts">
          <dt>You</dt>
          <dd>{draft.me.trim()}</dd>
          <dt>The others</dt>
          <dd>{others.length > 0 ? others.join(', ') : 'None yet'}</dd>
          <dt>Facilitating</dt>
          <dd>{draft.isPeerLed ? 'Everyone takes turns' : 'You'}</dd>
        </dl>,
      )}
      {part(
        'workshops',
        'Workshops',
        'the workshops',
        <>
          <p>
            {regular} {regular === 1 ? 'workshop' : 'workshops'}
            {regular > 1 &&
              (series.cadenceWeeks === 1 ? ', every week' : `, every ${series.cadenceWeeks} weeks`)}
            , from {formatLongDate(series.startDate)}; {formatDuration(series.lengthMinutes)} each,
            starting at {formatLocalTime(series.startTime)}
            {hasFollowUp ? ', then a follow-up' : ''}
            {series.venue.trim() ? `, at ${series.venue.trim()}` : ''}.
          </p>
        </>,
      )}
      {part(
        'turns',
        'Turns',
        'the turns',
        <TurnsTable>
          {workshops.map((workshop, index) => (
            <tr key={workshop.id}>
              <TurnsRowHeading label={labels.get(workshop.id)} date={workshop.date} />
              <td>{nameOf(turns[index]?.facilitatorId)}</td>
              <td>
                {turns[index]?.presenterIds.length
                  ? turns[index]!.presenterIds.map(nameOf).join(', ')
                  : 'No incident'}
              </td>
            </tr>
          ))}
        </TurnsTable>,
      )}
      {part(
        'agreements',
        'Ground rules and confidentiality',
        'the ground rules or confidentiality agreement',
        <dl class="setup-facts">
          <dt>Ground rules</dt>
          <dd>
            {draft.groundRules === DEFAULT_GROUND_RULES ? 'Ours, as they are' : 'Yours, edited'}
          </dd>
          <dt>Confidentiality</dt>
          <dd>
            {draft.confidentiality === DEFAULT_CONFIDENTIALITY ? 'Ours, as it is' : 'Yours, edited'}
          </dd>
        </dl>,
      )}
    </>
  );
}
