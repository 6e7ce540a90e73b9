import { useEffect } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { route } from '../../app/router';
import { actionCardsStamp } from '../../db/action-cards';
import { useLiveQuery } from '../../db/live';
import type { RecordId, WorkshopId } from '../../domain/types';
import { vaultSession } from '../journal/session';
import { SetupVault } from '../journal/SetupVault';
import { UnlockVault } from '../journal/UnlockVault';
import { useLockSettings } from '../journal/use-lock-settings';
import { journalExisted, useVaults } from '../journal/vaults';
import { CardEditor } from './CardEditor';
import { CardList } from './CardList';
import { FollowUpFlow } from './FollowUpFlow';
import { actionCards } from './session';
import './actions.css';

const TITLE = 'Action cards';

/** `#/actions/new?workshop=<id>`, `#/actions/card/<id>`, `#/actions/follow-up/<id>`. */
export function parseActionsRoute(params: readonly string[]) {
  const [first = '', id = ''] = params;
  const [view = '', query = ''] = first.split('?');
  const workshopId = new URLSearchParams(query).get('workshop') || null;
  return { view, id: id as RecordId, workshopId: workshopId as WorkshopId | null };
}

/**
 * Actions: up to three actions after a workshop, followed up later. Cards are private,
 * sealed by the same vault as the journal; before unlocking nothing of them shows.
 */
export default function ActionsScreen() {
  const { ui } = useAppState();
  const vaults = useVaults();
  const unlockedId = vaultSession.unlockedId.value;
  const { view, id, workshopId } = parseActionsRoute(route.value.params);
  useLockSettings();

  // Re-opened whenever a card changes in this tab or another, so every tab shows the same.
  const stamp = useLiveQuery(
    () => (unlockedId ? actionCardsStamp(unlockedId) : Promise.resolve('')),
    [unlockedId],
    null,
  );

  useEffect(() => {
    if (unlockedId && stamp.isLoaded) {
      actionCards
        .load(unlockedId)
        .catch((error: unknown) => ui.reportError(error, 'open your action cards'));
    }
  }, [unlockedId, stamp.value, stamp.isLoaded, ui]);

  if (!vaults.isLoaded) return <p class="screen loading">Loading…</p>;
  const vault = vaults.value.find((v) => v.id === unlockedId);
  if (!vault) {
    if (vaults.value.length === 0) {
      return <SetupVault title={TITLE} hasOthers={false} vanished={journalExisted()} />;
    }
    return <UnlockVault title={TITLE} vaults={vaults.value} />;
  }
  if (actionCards.status.value !== 'ready') return <p class="screen loading">Opening…</p>;
  switch (view) {
    case 'new':
      return <CardEditor key="new" workshopId={workshopId} />;
    case 'card':
      return <CardEditor key={id} cardId={id} />;
    case 'follow-up':
      return <FollowUpFlow key={id} cardId={id} />;
    default:
      return <CardList />;
  }
}
