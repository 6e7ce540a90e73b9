import { useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { hrefFor } from '../../app/router';
import { systemClock } from '../../domain/clock';
import type { GroupId } from '../../domain/types';
import { AgreementsSection } from './AgreementsSection';
import { CheckedField } from '../../ui/CheckedField';
import { GroupCheckOptions } from '../../ui/check-options';
import { GroupCheckSettings } from './GroupCheckSettings';
import { LiteratureSection } from './LiteratureSection';
import { MembersSection } from './MembersSection';
import { Missing } from '../../ui/Missing';
import { SeriesListSection } from './SeriesListSection';
import { TimeZoneSelect } from './TimeZoneSelect';
import { groupTimeZone } from '../../domain/time-zone';
import { ConfirmDeleteGroup } from './ConfirmDeleteGroup';
import { deletePlanWithUndo } from './undo';
import { useGroup, useMembers } from './use-plan-data';
import { deleteGroup, updateGroup } from './plan-changes';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { ShareGroupCard } from './share/ShareGroupCard';

/** One group: its members, agreements, series and reading list. */
export function GroupScreen({ id }: { id: GroupId }) {
  const { ui } = useAppState();
  const [isConfirming, setIsConfirming] = useState(false);
  const group = useGroup(id);
  const members = useMembers(id);
  if (!group.isLoaded) return <Loading />;
  if (!group.value)
    return <Missing what="group" back={{ section: 'plan', label: 'Plan' }} canUndo />;

  async function remove() {
    setIsConfirming(false);
    await deletePlanWithUndo(ui, 'Group', () => deleteGroup(id), ['plan']);
  }

  const page = (
    <div class="screen stack">
      <ScreenHeader
        title={group.value.name || 'Untitled group'}
        back={{ href: hrefFor('plan'), label: 'All groups' }}
      >
        <p class="lede">Who is in the group, what you have agreed, and what you will read.</p>
      </ScreenHeader>
      <SeriesListSection group={group.value} />
      <MembersSection groupId={id} members={members.value} />
      <AgreementsSection group={group.value} />
      <LiteratureSection groupId={id} />
      <ShareGroupCard groupId={id} />
      <section class="card stack" aria-labelledby="group-settings-heading">
        <h2 id="group-settings-heading">About this group</h2>
        <CheckedField
          id="group-name"
          label="Group name"
          value={group.value.name}
          onSave={(name) => updateGroup(id, { name }, systemClock.now())}
        />
        <TimeZoneSelect
          id="group-time-zone"
          value={groupTimeZone(group.value)}
          onChange={(timeZone) => {
            updateGroup(id, { timeZone }, systemClock.now()).catch((error: unknown) =>
              ui.reportError(error, 'change the time zone'),
            );
          }}
        />
        <GroupCheckSettings group={group.value} />
        <div class="row">
          <Button variant="danger" onClick={() => setIsConfirming(true)}>
            Delete this group
          </Button>
          <span class="hint">
            Deletes its members, series, workshops, reading and session records from this tablet.
          </span>
        </div>
        <ConfirmDeleteGroup
          groupId={id}
          name={group.value.name}
          isOpen={isConfirming}
          onDelete={() => void remove()}
          onKeep={() => setIsConfirming(false)}
        />
      </section>
    </div>
  );
  return (
    <GroupCheckOptions group={group.value} members={members.value}>
      {page}
    </GroupCheckOptions>
  );
}
